// Static limits on the shape of a GraphQL request. They run as validation rules, so an abusive
// query is refused before any resolver runs or the graph is touched.
//
// - depth: the longest chain of nested fields in one operation, fragments expanded. `{ a }` is 1,
//   `{ a { b } }` is 2. Introspection fields count like any other; `__typename` adds nothing (a
//   leaf every type has, clients add it everywhere).
// - aliases: aliased fields in the whole document, counted as written (a fragment once).
// - cost: an estimate of the fields the operation resolves. Every field costs 1; a field that takes
//   `first` multiplies the cost of its sub-selection by that page size (list fan-out):
//   `{ a(first: 10) { b c } }` costs 1 + 10 × 2 = 21. An Int literal counts as written; a variable
//   (or `null`) counts as ASSUMED_PAGE_SIZE, because validation runs before variable values are
//   known and a variable's default bounds nothing the client sends. An omitted `first` uses the
//   schema's default for the argument, else 1. Fields that share a response name are not merged,
//   so the estimate can only err on the high side.
//
// Fragment cycles are invalid (graphql-js's NoFragmentCyclesRule reports them); here a spread of a
// fragment that is already being expanded measures 0, so the walk always ends. Each fragment is
// measured once per document, so repeated spreads cannot make the check itself expensive.
import {
  GraphQLError,
  Kind,
  getNamedType,
  isInterfaceType,
  isObjectType,
  type ASTNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export interface RequestLimits {
  /** Deepest field nesting of one operation. */
  maxDepth: number;
  /** Aliased fields in the whole document. */
  maxAliases: number;
  /** Estimated fields resolved by one operation (see the header comment). */
  maxCost: number;
}

export const DEFAULT_LIMITS: Readonly<RequestLimits> = Object.freeze({
  maxDepth: 8,
  maxAliases: 15,
  maxCost: 1000,
});

/** Page size assumed for a `first` whose value validation cannot see; the API's largest page. */
export const ASSUMED_PAGE_SIZE = 100;

type LimitName = 'depth' | 'aliases' | 'cost';

const messages: Record<LimitName, (actual: number, max: number) => string> = {
  depth: (actual, max) =>
    `Anfrage zu tief verschachtelt (${actual} > ${max}) / query too deep (${actual} > ${max})`,
  aliases: (actual, max) => `Zu viele Aliase (${actual} > ${max}) / too many aliases (${actual} > ${max})`,
  cost: (actual, max) =>
    `Anfrage zu aufwendig (${actual} > ${max}) / query too expensive (${actual} > ${max})`,
};

function limitError(limit: LimitName, actual: number, max: number, node: ASTNode | undefined): GraphQLError {
  return new GraphQLError(messages[limit](actual, max), {
    nodes: node,
    extensions: { code: 'QUERY_TOO_COMPLEX', limit, max, actual },
  });
}

/** Memoises a measure per fragment name; unknown fragments and cycles measure 0 (other rules report them). */
function perFragment(
  context: ValidationContext,
  measure: (fragment: FragmentDefinitionNode) => number,
): (name: string) => number {
  const measured = new Map<string, number>();
  const expanding = new Set<string>();
  return (name) => {
    const known = measured.get(name);
    if (known !== undefined) return known;
    const fragment = context.getFragment(name);
    if (!fragment || expanding.has(name)) return 0;
    expanding.add(name);
    const value = measure(fragment);
    expanding.delete(name);
    measured.set(name, value);
    return value;
  };
}

function selectionDepth(set: SelectionSetNode | undefined, fragmentDepth: (name: string) => number): number {
  let deepest = 0;
  for (const selection of set?.selections ?? []) {
    let depth: number;
    if (selection.kind === Kind.FIELD) {
      depth =
        selection.name.value === '__typename' ? 0 : 1 + selectionDepth(selection.selectionSet, fragmentDepth);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = selectionDepth(selection.selectionSet, fragmentDepth);
    } else {
      depth = fragmentDepth(selection.name.value);
    }
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

function depthRule(max: number): ValidationRule {
  return (context) => {
    const fragmentDepth: (name: string) => number = perFragment(context, (fragment) =>
      selectionDepth(fragment.selectionSet, fragmentDepth),
    );
    return {
      OperationDefinition(operation) {
        const depth = selectionDepth(operation.selectionSet, fragmentDepth);
        if (depth > max) context.reportError(limitError('depth', depth, max, operation));
      },
    };
  };
}

function aliasRule(max: number): ValidationRule {
  return (context) => {
    const aliased: FieldNode[] = [];
    return {
      Field(field) {
        if (field.alias) aliased.push(field);
      },
      Document: {
        leave() {
          // Point at the first alias over the limit.
          if (aliased.length > max)
            context.reportError(limitError('aliases', aliased.length, max, aliased[max]));
        },
      },
    };
  };
}

interface CostWalk {
  schema: GraphQLSchema;
  fragmentCost: (name: string) => number;
}

function fieldDefinition(
  parent: GraphQLNamedType | undefined,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

function pageSize(field: FieldNode, definition: GraphQLField<unknown, unknown> | undefined): number {
  const argument = field.arguments?.find((candidate) => candidate.name.value === 'first');
  if (!argument) {
    const fallback = definition?.args.find((candidate) => candidate.name === 'first')?.defaultValue;
    return typeof fallback === 'number' ? Math.max(0, fallback) : 1;
  }
  if (argument.value.kind === Kind.INT) return Math.max(0, Number.parseInt(argument.value.value, 10));
  // A variable, null or a wrongly typed value (other rules report the latter).
  return ASSUMED_PAGE_SIZE;
}

function selectionCost(set: SelectionSetNode, parent: GraphQLNamedType | undefined, walk: CostWalk): number {
  let total = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      total += 1;
      if (!selection.selectionSet) continue;
      const definition = fieldDefinition(parent, selection.name.value);
      const child = definition ? getNamedType(definition.type) : undefined;
      total += pageSize(selection, definition) * selectionCost(selection.selectionSet, child, walk);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const narrowed = selection.typeCondition
        ? walk.schema.getType(selection.typeCondition.name.value)
        : parent;
      total += selectionCost(selection.selectionSet, narrowed ?? undefined, walk);
    } else {
      total += walk.fragmentCost(selection.name.value);
    }
  }
  // Nested pages grow geometrically; keep the number finite and exact enough to report.
  return Math.min(total, Number.MAX_SAFE_INTEGER);
}

function costRule(max: number): ValidationRule {
  return (context) => {
    const schema = context.getSchema();
    const walk: CostWalk = {
      schema,
      fragmentCost: perFragment(context, (fragment) =>
        selectionCost(
          fragment.selectionSet,
          schema.getType(fragment.typeCondition.name.value) ?? undefined,
          walk,
        ),
      ),
    };
    return {
      OperationDefinition(operation) {
        const root = schema.getRootType(operation.operation) ?? undefined;
        const cost = selectionCost(operation.selectionSet, root, walk);
        if (cost > max) context.reportError(limitError('cost', cost, max, operation));
      },
    };
  };
}

function resolveLimits(overrides: Partial<RequestLimits>): RequestLimits {
  const limits: RequestLimits = {
    maxDepth: overrides.maxDepth ?? DEFAULT_LIMITS.maxDepth,
    maxAliases: overrides.maxAliases ?? DEFAULT_LIMITS.maxAliases,
    maxCost: overrides.maxCost ?? DEFAULT_LIMITS.maxCost,
  };
  // A NaN or negative limit would silently refuse or allow everything; fail at startup instead.
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isInteger(value) || value < 0) {
      throw new Error(`request limit ${name} must be a non-negative integer, got ${String(value)}`);
    }
  }
  return limits;
}

/** Validation rules for Apollo Server's `validationRules`: depth, alias and cost limits. */
export function requestLimitRules(limits: Partial<RequestLimits> = {}): ValidationRule[] {
  const { maxDepth, maxAliases, maxCost } = resolveLimits(limits);
  return [depthRule(maxDepth), aliasRule(maxAliases), costRule(maxCost)];
}
