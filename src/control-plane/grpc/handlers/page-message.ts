import { type Page } from '../../domain/staff-call/pagination.js';

/** A page of the domain as a list response: its items mapped to messages, and the next cursor. */
export function pageMessage<Item, Message>(
  page: Page<Item>,
  toMessage: (item: Item) => Message,
): { items: Message[]; nextCursor: string } {
  return { items: page.items.map(toMessage), nextCursor: page.nextCursor };
}
