/**
 * The part of Thunderbird's `messenger` API Sender Lens uses, typed minimally (MV3 shapes, with the MV2/older
 * variants we tolerate). Kept narrow so the background logic can be unit-tested with a fake.
 */
import type { KeyValueStore } from '../extension/settings.js';
import type { ManagedStore } from '../extension/effective-settings.js';

export interface MessageHeader {
  id: number;
  subject?: string;
  external?: boolean;
}

/** MV3 returns a MessageList; MV2/older builds an array of headers. */
export type DisplayedMessages = { messages: MessageHeader[] } | MessageHeader[];

export interface TbEvent<F> {
  addListener(cb: F): void;
}

export interface TbSender {
  tab?: { id?: number };
}

export interface MessengerApi {
  messages: { getRaw(id: number, options?: { data_format?: 'File' | 'BinaryString' }): Promise<File | Blob | string> };
  messageDisplay: {
    getDisplayedMessages(tabId: number): Promise<DisplayedMessages>;
    onMessagesDisplayed: TbEvent<(tab: { id?: number }, displayed: DisplayedMessages) => void>;
  };
  messageDisplayAction: {
    setBadgeText(details: { tabId: number; text: string }): Promise<void>;
    setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
    setTitle(details: { tabId: number; title: string }): Promise<void>;
    openPopup?(options?: { windowId?: number }): Promise<boolean | void>;
  };
  accounts: { list(includeSubFolders?: boolean): Promise<{ identities?: { email?: string }[] }[]> };
  runtime: {
    onMessage: TbEvent<(msg: unknown, sender: TbSender) => Promise<unknown> | undefined>;
    getBrowserInfo?(): Promise<{ version: string }>;
    getURL(path: string): string;
  };
  storage: { local: KeyValueStore; managed?: ManagedStore; onChanged?: TbEvent<(changes: Record<string, unknown>, area: string) => void> };
  i18n: { getUILanguage(): string };
  windows?: { create(data: { url: string; type: 'popup'; width?: number; height?: number }): Promise<unknown> };
  permissions?: { contains(p: { permissions?: string[]; origins?: string[] }): Promise<boolean> };
  /** TB 128+ MV3 fallback for versions without the `message_display_scripts` manifest key (before 151). */
  scripting?: {
    messageDisplay?: {
      registerScripts(scripts: { id: string; js: string[] }[]): Promise<void>;
      getRegisteredScripts(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
    };
  };
  /** MV2 fallback. */
  messageDisplayScripts?: { register(options: { js: { file: string }[] }): Promise<unknown> };
  addressBooks?: { list(complete?: boolean): Promise<AddressBookNode[]> };
  /** "Report phishing" (compose permission): forward the displayed message as an attachment. */
  compose?: {
    beginForward(
      messageId: number,
      forwardType: 'forwardAsAttachment' | 'forwardInline',
      details?: { to?: string[]; subject?: string; isPlainText?: boolean; plainTextBody?: string },
    ): Promise<{ id?: number } | undefined>;
  };
}

export interface AddressBookNode {
  contacts?: { properties?: Record<string, string>; vCard?: string }[];
}

export function displayedList(d: DisplayedMessages | null | undefined): MessageHeader[] {
  if (!d) return [];
  return Array.isArray(d) ? d : Array.isArray(d.messages) ? d.messages : [];
}
