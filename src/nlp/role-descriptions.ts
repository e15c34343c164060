import type { EntityTables } from './entities.js';
import type { NameMention } from './classify-names.js';

/**
 * "X, the bank's director general", "the lender's president, Y", "Z, chairman of the company": a title whose body is
 * named by a description. Entities are built before descriptions are resolved (coreference.ts needs the entity
 * tables), so such a role waits, by the description's head token, until the resolved references are known; the
 * body a description resolves to becomes the role's organisation. One that resolves to nothing stays without one.
 */
export function fillDescribedEmployers(entities: EntityTables, references: readonly NameMention[]): void {
  if (entities.describedEmployers.length === 0) return;
  for (const { role, at } of entities.describedEmployers) {
    if (role.organization !== null) continue;
    const ref = references.find((m) => m.label === 'ORG' && m.entity >= 0 && m.first <= at && at <= m.last);
    if (ref) role.organization = entities.organizations[ref.entity]?.name ?? null;
  }
}
