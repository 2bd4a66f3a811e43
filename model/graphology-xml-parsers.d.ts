// graphology-graphml and graphology-gexf type only their browser and Node endpoints, which fix the
// DOMParser (the browser's global, or an older @xmldom/xmldom of their own). Their common parser
// factories, used here to hand over whichever DOMParser the caller has, are typed by hand.
declare module 'graphology-graphml/common/parser.js' {
  import type { AbstractGraph, Attributes, GraphConstructor } from 'graphology-types';

  type Parse = (
    Graph: GraphConstructor,
    source: unknown,
    options?: { addMissingNodes?: boolean; allowUndeclaredAttributes?: boolean },
  ) => AbstractGraph<Attributes, Attributes, Attributes>;
  export default function createParserFunction(DOMParser: unknown, Document: unknown): Parse;
}

declare module 'graphology-gexf/common/parser.js' {
  import type { AbstractGraph, Attributes, GraphConstructor } from 'graphology-types';

  type Parse = (
    Graph: GraphConstructor,
    source: unknown,
    options?: { addMissingNodes?: boolean; allowUndeclaredAttributes?: boolean },
  ) => AbstractGraph<Attributes, Attributes, Attributes>;
  export default function createParserFunction(DOMParser: unknown, Document: unknown): Parse;
}
