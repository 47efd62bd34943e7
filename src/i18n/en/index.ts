import { app } from './app';
import { data } from './data';
import { errors } from './errors';

export const en = { ...app, ...errors, ...data };

export type MessageKey = keyof typeof en;
/** Every other locale must provide every key: a missing one is a type error. */
export type Catalogue = Record<MessageKey, string>;
