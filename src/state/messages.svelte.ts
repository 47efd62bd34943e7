// App-level messages (file and workbook errors, confirmations). Errors stay until dismissed.
export type MessageLevel = 'error' | 'warning' | 'info';
export interface AppMessage {
  id: number;
  level: MessageLevel;
  text: string;
}

const INFO_LIFETIME_MS = 6000;
let nextId = 1;

export const messages = $state<AppMessage[]>([]);

export function showMessage(level: MessageLevel, text: string): number {
  const id = nextId++;
  messages.push({ id, level, text });
  if (level === 'info') setTimeout(() => dismissMessage(id), INFO_LIFETIME_MS);
  return id;
}

export function dismissMessage(id: number): void {
  const index = messages.findIndex((m) => m.id === id);
  if (index >= 0) messages.splice(index, 1);
}
