/** What converting one file did, field by field, for the report a person reads. */
export interface FieldMove {
  /** Where the value was, in the source's own terms (`expertise`, `metadata.isactive`). */
  from: string;
  /** Where it is now, in the contract (`data.expertise_areas[].domain`, `metadata.custom.category`). */
  to: string;
}

export interface ConversionNotes {
  /** Same meaning, now under the contract's name. */
  mapped: FieldMove[];
  /** No counterpart in the contract: kept under metadata.custom, never dropped. */
  keptAside: FieldMove[];
  /** Anything else worth a sentence (an empty value the server writes for an unset field, a clash of keys). */
  notes: string[];
}

export function emptyNotes(): ConversionNotes {
  return { mapped: [], keptAside: [], notes: [] };
}
