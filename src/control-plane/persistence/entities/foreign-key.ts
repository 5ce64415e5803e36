/**
 * A foreign key held as the referenced row's id (`mapToPk`): the relation exists for the schema's
 * metadata (the constraint and its delete rule, as the migrations create them: no ON UPDATE),
 * while reads hand over the id and never load the referenced row. `null` for the keys that are
 * nullable (a `set null` delete rule needs one).
 */
export function foreignKeyId(
  target: { meta: { className: string } },
  column: string,
  onDelete: 'cascade' | 'set null',
  options: { nullable?: boolean } = {},
) {
  return {
    kind: 'm:1',
    entity: () => target.meta.className,
    mapToPk: true,
    fieldName: column,
    nullable: options.nullable ?? onDelete === 'set null',
    deleteRule: onDelete,
    updateRule: 'no action',
  } as const;
}
