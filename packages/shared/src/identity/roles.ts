import { z } from 'zod';
import { roles } from './roleValues.js';

export const roleSchema = z.enum(roles);
