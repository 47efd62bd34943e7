import type { Catalogue } from '../en';
import { app } from './app';
import { data } from './data';
import { errors } from './errors';

export const ko: Catalogue = { ...app, ...errors, ...data };
