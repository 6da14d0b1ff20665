import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { firstOutOfRange, MAX_PAGE } from './pagination.js';

/** Limits on one operation; every one is checked before any resolver (and so any Cypher) runs. */
export interface QueryLimits {
  /** Deepest nesting of fields (default 10; the deepest useful query is about 9). */
  maxDepth: number;
  /** Most aliased fields (default 20). */
  maxAliases: number;
  /**
   * Most estimated work (default 25,000): each field costs 1, times the size of the lists above it:
   * `first`, or a parent's `limit` for the lists below it, or 5 for other lists.
   */
  maxComplexity: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 10, maxAliases: 20, maxComplexity: 25_000 };

/** Items assumed for a list field without `first` or `limit` (evidence, parties, roles...). */
const LIST_GUESS = 5;

interface Cost {
  cost: number;
  depth: number;
}

const limitError = (code: string, message: string) => new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

/** Walks an operation: its cost, depth and aliases, with arguments from literals, variables and schema defaults. */
class Walker {
  aliases = 0;
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
  ) {}

  // `listSize`: the items assumed for list fields without `first` here (a parent's `limit` bounds them).
  walk(set: SelectionSetNode, type: GraphQLCompositeType, depth: number, seen: Set<string> = new Set(), listSize = LIST_GUESS): Cost {
    let cost = 0;
    let deepest = depth;
    for (const sel of set.selections) {
      let sub: Cost;
      if (sel.kind === Kind.FIELD) {
        // Introspection (GraphiQL's schema query is deep by nature) costs nothing and runs no Cypher.
        if (sel.name.value.startsWith('__')) continue;
        if (sel.alias) this.aliases++;
        const def = isObjectType(type) || isInterfaceType(type) ? type.getFields()[sel.name.value] : undefined;
        if (!def) continue;
        const args = getArgumentValues(def, sel, this.variables);
        const first = args.first as number | undefined;
        if (typeof first === 'number' && (first < 0 || first > MAX_PAGE)) throw firstOutOfRange(first);
        const child = getNamedType(def.type);
        const childLists = typeof args.limit === 'number' ? (args.limit as number) : LIST_GUESS;
        const inner = sel.selectionSet && isCompositeType(child) ? this.walk(sel.selectionSet, child, depth + 1, seen, childLists) : { cost: 0, depth: depth + 1 };
        const many = typeof first === 'number' ? first : isListType(getNullableType(def.type)) && sel.name.value !== 'edges' ? listSize : 1;
        sub = { cost: 1 + Math.max(1, many) * inner.cost, depth: inner.depth };
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const t = sel.typeCondition ? (this.schema.getType(sel.typeCondition.name.value) as GraphQLCompositeType) : type;
        sub = this.walk(sel.selectionSet, t, depth, seen, listSize);
      } else {
        const f = this.fragments[sel.name.value];
        if (!f || seen.has(f.name.value)) continue;
        sub = this.walk(f.selectionSet, this.schema.getType(f.typeCondition.name.value) as GraphQLCompositeType, depth, new Set([...seen, f.name.value]), listSize);
      }
      cost += sub.cost;
      deepest = Math.max(deepest, sub.depth);
    }
    return { cost, depth: deepest };
  }
}

/**
 * An Apollo plugin that refuses, before execution, operations nested deeper than `maxDepth`, with more
 * than `maxAliases` aliases, estimated to cost more than `maxComplexity`, or asking a page of more
 * than 100 (`first`). Each refusal is a GraphQL error with a stable code: DEPTH_LIMIT, ALIAS_LIMIT,
 * COMPLEXITY_LIMIT, FIRST_TOO_LARGE.
 */
export function queryLimitsPlugin(limits: QueryLimits = DEFAULT_LIMITS): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const fragments = Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
          const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
          if (!root) return;
          const w = new Walker(schema, fragments, request.variables ?? {});
          const { cost, depth } = w.walk(operation.selectionSet, root, 0);
          if (depth > limits.maxDepth) throw limitError('DEPTH_LIMIT', `query is nested ${depth} levels deep; the limit is ${limits.maxDepth}`);
          if (w.aliases > limits.maxAliases) throw limitError('ALIAS_LIMIT', `query has ${w.aliases} aliases; the limit is ${limits.maxAliases}`);
          if (cost > limits.maxComplexity) throw limitError('COMPLEXITY_LIMIT', `query is estimated at ${cost} (fields times page sizes); the limit is ${limits.maxComplexity}: ask smaller pages or fewer fields`);
        },
      };
    },
  };
}
