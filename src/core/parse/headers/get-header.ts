/** Header lookups by case-insensitive name, on a ParsedMessage or a plain field list. */
import type { HeaderField, ParsedMessage } from '../../model/message.js';

type Source = ParsedMessage | readonly HeaderField[];

function fieldsOf(src: Source): readonly HeaderField[] {
  return Array.isArray(src) ? (src as readonly HeaderField[]) : (src as ParsedMessage).headers;
}

/** First (top-most) field with that name, or null. */
export function getHeader(src: Source, name: string): HeaderField | null {
  const key = name.toLowerCase();
  return fieldsOf(src).find((h) => h.key === key) ?? null;
}

/** All fields with that name, top-most first. */
export function getHeaders(src: Source, name: string): HeaderField[] {
  const key = name.toLowerCase();
  return fieldsOf(src).filter((h) => h.key === key);
}

/** Value of the first field with that name, or null. */
export function getHeaderValue(src: Source, name: string): string | null {
  return getHeader(src, name)?.value ?? null;
}
