/** Where page `number` of `total` sits among its siblings: the fields every paginated page of the model has. */
export interface PagePosition {
  number: number;
  total: number;
  url: string;
  previousUrl?: string;
  nextUrl?: string;
}

export function pagePosition(number: number, total: number, urlOf: (page: number) => string): PagePosition {
  return {
    number,
    total,
    url: urlOf(number),
    previousUrl: number > 1 ? urlOf(number - 1) : undefined,
    nextUrl: number < total ? urlOf(number + 1) : undefined,
  };
}
