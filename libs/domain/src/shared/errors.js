"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Forbidden = exports.Conflict = exports.NotFound = exports.RuleViolated = exports.InvalidInput = exports.DomainError = void 0;
/**
 * Refusals the domain can give. Adapters translate each into its own terms
 * (HTTP status codes, CLI exit codes); the domain only says which it is.
 */
class DomainError extends Error {
}
exports.DomainError = DomainError;
/** The input itself is malformed: each message names an offending field. */
class InvalidInput extends DomainError {
    messages;
    kind = 'invalid-input';
    constructor(messages) {
        super(messages.join('; '));
        this.messages = messages;
    }
}
exports.InvalidInput = InvalidInput;
/** A rule of the domain refused a well-formed request; `rule` names it. */
class RuleViolated extends DomainError {
    rule;
    kind = 'rule-violated';
    constructor(rule, detail) {
        super(`${rule}: ${detail}`);
        this.rule = rule;
    }
}
exports.RuleViolated = RuleViolated;
class NotFound extends DomainError {
    kind = 'not-found';
}
exports.NotFound = NotFound;
class Conflict extends DomainError {
    kind = 'conflict';
}
exports.Conflict = Conflict;
class Forbidden extends DomainError {
    kind = 'forbidden';
}
exports.Forbidden = Forbidden;
//# sourceMappingURL=errors.js.map