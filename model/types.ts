/**
 * The governance model format: the contract between the product and anyone's own data.
 * `governance-model.schema.json` is the same contract for JSON Schema tooling; tests keep the two in step.
 */

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A partial date stands for the whole year or month. */
export type PartialDate = string;

export interface SourceInfo {
  title: string;
  url?: string;
  /** When the source was published or last updated. */
  date?: PartialDate;
}

export interface RelationTypeDefinition {
  /** A verb phrase read from source to target: "oversees", "is part of". */
  label: string;
  /** The same relation read from target to source: "is overseen by", "includes". */
  inverseLabel?: string;
  /** Whether the relation belongs to the chain of command. */
  chainOfCommand: boolean;
  /**
   * For chain-of-command types: which end is the superior. Defaults to `source`
   * (so `oversees` points from superior to subordinate; `part-of` points up and says `target`).
   */
  superior?: 'source' | 'target';
  /** Symmetric relations read the same both ways (cooperation). */
  symmetric?: boolean;
  /**
   * The family the type is drawn with (see `RELATION_FAMILIES` in relation-types.ts): `chain`
   * for chain-of-command types, otherwise `cooperation` unless given.
   */
  family?: RelationFamily;
}

/** The five looks of relation lines: each family has its own stroke, dash and arrow. */
export type RelationFamily = 'chain' | 'cooperation' | 'document' | 'succession' | 'affiliation';

/** A kind of body a model declares (`kinds`), or redefines. */
export interface KindDefinition {
  /** How the kind is named to people: "Directorate". */
  label: string;
  /**
   * The family it is listed and drawn under: a built-in family's id (`political`, `executive`,
   * `military`, `operational`, `education`, `document`, `partner`; see KIND_FAMILIES in kinds.ts),
   * or any other name, which makes a family of the model's own with an automatic colour.
   */
  family: string;
  /** Its own colour instead of the family's, as `#rrggbb`. */
  colour?: string;
  /** Its own shape instead of the family's (see KIND_SHAPES in kinds.ts). */
  shape?: KindShape;
}

/** The shapes a kind may be drawn with; KIND_SHAPES (kinds.ts) lists them. */
export type KindShape =
  | 'round-rectangle'
  | 'rectangle'
  | 'cut-rectangle'
  | 'hexagon'
  | 'ellipse'
  | 'octagon'
  | 'barrel';

export interface Entity {
  /** Stable, unique, case-sensitive identifier: any text without spaces at its ends (kebab-case recommended). */
  id: string;
  name: string;
  acronym?: string;
  /**
   * Where `acronym` comes from: `source` (the default), the model's source gives it; `elsewhere`,
   * it is the acronym in common use and the source does not give it. Shown with the acronym.
   */
  acronymSource?: 'source' | 'elsewhere';
  /**
   * What sort of body this is: a built-in kind (`ENTITY_KINDS` in kinds.ts), one of the model's
   * `kinds`, or any other word, shown as written.
   */
  kind: string;
  location?: string;
  description?: string;
  since?: PartialDate;
  until?: PartialDate;
  /** Verbatim quotes from the source. */
  evidence?: string[];
  note?: string;
}

export interface Relation {
  /** Optional stable identifier; defaults to the relation's position. */
  id?: string;
  source: string;
  target: string;
  type: string;
  /** A verbatim quote from the source that states the relation (or, when inferred, supports it). */
  evidence?: string;
  /**
   * `stated` (the default): the source states the relation. `inferred`: a careful reader infers it
   * from what the source says; `note` then says why. Inferred lines are drawn apart from stated ones.
   */
  basis?: 'stated' | 'inferred';
  since?: PartialDate;
  until?: PartialDate;
  note?: string;
}

export interface GovernanceModel {
  $schema?: string;
  title: string;
  description?: string;
  source?: SourceInfo;
  /** The years the model covers, when they reach beyond its dated bodies and relations. */
  period?: { from?: PartialDate; to?: PartialDate };
  relationTypes?: Record<string, RelationTypeDefinition>;
  /** Kinds this model declares in addition to (or instead of) the built-in ones, keyed by kind. */
  kinds?: Record<string, KindDefinition>;
  entities: Entity[];
  relations: Relation[];
}

/** One finding of the loader. `path` is a JSON Pointer into the document ("" for the whole document). */
export interface ModelIssue {
  severity: 'error' | 'warning';
  path: string;
  message: string;
  /** 1-based position in the source text, when the model came from text. */
  line?: number;
  column?: number;
  /** The file or URL the model came from, when known. */
  file?: string;
  /**
   * Where the issue is in the file's own terms, for people, when the file has rows:
   * `row 3, column "Supervisor ID"` (the header as written), or for a workbook
   * `sheet row 4, column C ("Supervisor ID")`. `path` says the same for programs.
   */
  place?: string;
}
