import { app } from './app';
import { charts } from './charts';
import { data } from './data';
import { errors } from './errors';

export const en = { ...app, ...errors, ...data, ...charts };

export type MessageKey = keyof typeof en;
/** Every other locale must provide every key: a missing one is a type error. */
export type Catalogue = Record<MessageKey, string>;
