import { exampleFields, exampleLocation, exampleProperties } from '@portail/shared';
import { createPropertyRecord } from '../properties/records.js';

/**
 * T1: a sandbox starts with example properties (marked `example: true`), so that an agency trying
 * the product has something to assign and publish from its first minute. Written again after each
 * purge; ids are fixed, so writing twice leaves one copy.
 */
export async function writeExampleProperties(tenantId: string): Promise<number> {
  await Promise.all(
    exampleProperties.map((example) =>
      createPropertyRecord(
        tenantId,
        `example-${example.id}`,
        exampleFields(example),
        exampleLocation(example),
        { example: true },
      ),
    ),
  );
  return exampleProperties.length;
}
