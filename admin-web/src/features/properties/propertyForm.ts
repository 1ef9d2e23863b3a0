import type {
  AddressPrecision,
  EnergyRating,
  PropertyFields,
  PropertyRecord,
  PropertyType,
} from '@portail/shared';
import { parseAmount } from './propertyFilters.js';

/** The editor's inputs as typed; `fieldsInputOf` turns them into what the shared schema parses. */
export interface PropertyFormValues {
  title: string;
  type: PropertyType | '';
  price: string;
  surface: string;
  rooms: string;
  bedrooms: string;
  description: string;
  street: string;
  postalCode: string;
  city: string;
  addressPrecision: AddressPrecision;
  energyRating: EnergyRating | '';
  privateNote: string;
  sourceUrl: string;
  showSourceToClient: boolean;
}

/** The fields, flat, as the schema's messages are keyed (`keyBy: 'last'`). */
export type PropertyFieldName =
  | 'title'
  | 'type'
  | 'price'
  | 'surface'
  | 'rooms'
  | 'bedrooms'
  | 'description'
  | 'street'
  | 'postalCode'
  | 'city'
  | 'privateNote'
  | 'sourceUrl';

export const newPropertyValues: PropertyFormValues = {
  title: '',
  type: 'apartment',
  price: '',
  surface: '',
  rooms: '',
  bedrooms: '',
  description: '',
  street: '',
  postalCode: '',
  city: '',
  addressPrecision: 'exact',
  energyRating: '',
  privateNote: '',
  sourceUrl: '',
  showSourceToClient: false,
};

const shown = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value).replace('.', ',');

export function valuesOfProperty(
  property: PropertyRecord,
  details: { note: string; sourceUrl: string; showSourceToClient: boolean } | undefined,
): PropertyFormValues {
  return {
    title: property.title ?? '',
    type: property.type ?? '',
    price: shown(property.price),
    surface: shown(property.surface),
    rooms: shown(property.rooms),
    bedrooms: shown(property.bedrooms),
    description: property.description ?? '',
    street: property.address?.street ?? '',
    postalCode: property.address?.postalCode ?? '',
    city: property.address?.city ?? '',
    addressPrecision: property.addressPrecision ?? 'exact',
    energyRating: property.energyRating ?? '',
    privateNote: details?.note ?? '',
    sourceUrl: details?.sourceUrl ?? '',
    showSourceToClient: details?.showSourceToClient ?? false,
  };
}

/** A number typed ("450 000", "98,5"); empty → undefined so that the schema says it is missing. */
function number(text: string): number | undefined {
  const value = parseAmount(text);
  return value === null ? undefined : value;
}

/** What `propertyFieldsSchema` parses: it alone decides what is valid. */
export function fieldsInputOf(values: PropertyFormValues): Record<keyof PropertyFields, unknown> {
  return {
    title: values.title,
    type: values.type || undefined,
    price: number(values.price),
    surface: number(values.surface),
    rooms: number(values.rooms),
    bedrooms: values.bedrooms.trim() === '' ? null : number(values.bedrooms),
    description: values.description,
    address: { street: values.street, postalCode: values.postalCode, city: values.city },
    addressPrecision: values.addressPrecision,
    energyRating: values.energyRating || null,
    privateNote: values.privateNote,
    sourceUrl: values.sourceUrl,
    showSourceToClient: values.showSourceToClient,
  };
}
