/** How an amount of money (integer cents) is shown; the Slack layer passes one that knows the currency. */
export type MoneyFormatter = (cents: number) => string;

/** Fallback when no currency is known: `1,234.56`, two decimals, no symbol. */
export const formatCentsPlain: MoneyFormatter = (cents) => {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const rest = abs % 100;
  return `${sign}${groupThousands(whole)}.${String(rest).padStart(2, '0')}`;
};

function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Hundredths shown with trailing zeros dropped: 12500 → `125`, 9250 → `92.5`, 3333 → `33.33`. */
export function formatHundredths(hundredths: number): string {
  const sign = hundredths < 0 ? '-' : '';
  const abs = Math.abs(hundredths);
  const whole = Math.floor(abs / 100);
  const rest = abs % 100;
  if (rest === 0) return `${sign}${groupThousands(whole)}`;
  const decimals = String(rest).padStart(2, '0').replace(/0$/, '');
  return `${sign}${groupThousands(whole)}.${decimals}`;
}

/** Basis points as a percentage: 500 → `5%`, 750 → `7.5%`, 10000 → `100%`. */
export function formatBp(bp: number): string {
  return `${formatHundredths(bp)}%`;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
