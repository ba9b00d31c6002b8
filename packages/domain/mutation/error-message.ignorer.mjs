/**
 * The one thing left out of mutation testing: the human-readable text of an error. Codes, fields,
 * kinds, values and every rule stay mutated. A message is:
 *  - the 3rd argument of `new DomainError(kind, code, message, …)`, the 1st of `new Error(message)`;
 *  - the value of a `message:` property (zod refinements, `ctx.addIssue`, import row errors);
 *  - the message argument of a zod check (`.min(1, 'required')`, `.uuid('not a valid id')`);
 *  - an argument passed to a parameter named `message` of a function declared in the same file.
 * Stryker reports these mutants as "Ignored" (outside the score) with the reason below.
 */
const REASON = 'error message text (mutation/error-message.ignorer.mjs)'

// zod checks whose last argument may be the message; `includes`/`startsWith`/`endsWith` take a value
// first, so for them only a second argument is a message.
const ZOD_CHECKS = new Set([
  'min',
  'max',
  'length',
  'regex',
  'refine',
  'gt',
  'gte',
  'lt',
  'lte',
  'int',
  'positive',
  'negative',
  'nonnegative',
  'nonpositive',
  'email',
  'url',
  'uuid',
  'nonempty',
  'multipleOf',
  'finite',
  'safe',
])
const VALUE_FIRST = new Set(['includes', 'startsWith', 'endsWith'])

const isText = (node) => node.type === 'StringLiteral' || node.type === 'TemplateLiteral'

const calleeName = (callee) =>
  callee.type === 'Identifier'
    ? callee.name
    : callee.type === 'MemberExpression' && !callee.computed
      ? callee.property.name
      : undefined

function paramNamedMessage(path, call, index) {
  if (call.callee.type !== 'Identifier') return false
  const binding = path.scope.getBinding(call.callee.name)
  if (!binding) return false
  const decl = binding.path.node
  const fn = decl.type === 'VariableDeclarator' ? decl.init : decl
  if (!fn || !['ArrowFunctionExpression', 'FunctionExpression', 'FunctionDeclaration'].includes(fn.type))
    return false
  const param = fn.params[index]
  return param?.type === 'Identifier' && param.name === 'message'
}

function isMessage(path) {
  if (!isText(path.node)) return false
  const parent = path.parentPath
  if (!parent) return false
  const node = parent.node
  if (node.type === 'ObjectProperty' && node.value === path.node) {
    return (
      !node.computed &&
      ((node.key.type === 'Identifier' && node.key.name === 'message') ||
        (node.key.type === 'StringLiteral' && node.key.value === 'message'))
    )
  }
  if (node.type !== 'NewExpression' && node.type !== 'CallExpression') return false
  const index = node.arguments.indexOf(path.node)
  if (index < 0) return false
  const name = calleeName(node.callee)
  if (node.type === 'NewExpression')
    return (name === 'DomainError' && index === 2) || (name === 'Error' && index === 0)
  if (node.callee.type === 'MemberExpression') {
    if (ZOD_CHECKS.has(name)) return index === node.arguments.length - 1
    if (VALUE_FIRST.has(name)) return index === 1
  }
  return paramNamedMessage(path, node, index)
}

class ErrorMessageIgnorer {
  static inject = []
  shouldIgnore(path) {
    return isMessage(path) ? REASON : undefined
  }
}

// Same shape as `declareClassPlugin(PluginKind.Ignore, …)` from @stryker-mutator/api.
export const strykerPlugins = [
  { kind: 'Ignore', name: 'error-messages', injectableClass: ErrorMessageIgnorer },
]
