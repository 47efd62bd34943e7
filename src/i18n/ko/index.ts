import type { Catalogue } from '../en';
import { app } from './app';
import { charts } from './charts';
import { data } from './data';
import { filters } from './filters';
import { cluster } from './cluster';
import { lifecycle } from './lifecycle';
import { prepare } from './prepare';
import { profile } from './profile';
import { segments } from './segments';
import { errors } from './errors';

export const ko: Catalogue = { ...app, ...errors, ...data, ...charts, ...filters, ...segments, ...lifecycle, ...profile, ...cluster, ...prepare };
