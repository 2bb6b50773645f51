"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.messageOfDomainError = exports.statusOfDomainError = void 0;
const STATUS = {
    'invalid-input': 400,
    forbidden: 403,
    'not-found': 404,
    conflict: 409,
    'rule-violated': 422,
};
/** The HTTP status of a domain refusal. */
const statusOfDomainError = (error) => STATUS[error.kind];
exports.statusOfDomainError = statusOfDomainError;
/** Messages of a refusal: one per offending field for invalid input. */
const messageOfDomainError = (error) => 'messages' in error ? error.messages : error.message;
exports.messageOfDomainError = messageOfDomainError;
//# sourceMappingURL=status-of.js.map