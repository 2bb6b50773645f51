"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseEntryWithId = exports.parseEntryDetails = void 0;
const domain_1 = require("../../../../domain/src/index.js");
const class_validator_1 = require("class-validator");
const validated_command_1 = require("../../event-sourcing/validated-command");
const entry_body_input_1 = require("./entry-body.input");
/**
 * Turns a posted entry body (without its id) into the domain's entry, or refuses it with
 * every offending field named. Defaults are applied and times normalised here, so the
 * same entry sent twice is recognised as the same.
 */
const parseEntryDetails = (body, prefix = '') => {
    const kind = body?.kind;
    const type = domain_1.ENTRY_KINDS.includes(kind) ? entry_body_input_1.INPUT_BY_KIND[kind] : undefined;
    if (!type) {
        const field = prefix ? `${prefix}.kind` : 'kind';
        (0, validated_command_1.validated)(entry_body_input_1.INPUT_BY_KIND.warrant, body, prefix); // refuses a body that is not an object
        throw new domain_1.InvalidInput([`${field} must be one of: ${domain_1.ENTRY_KINDS.join(', ')}`]);
    }
    const input = (0, validated_command_1.validated)(type, body, prefix);
    const details = toDetails(input);
    if (details.kind === 'seizure') {
        const problems = (0, domain_1.seizureUnitProblems)(details);
        if (problems.length)
            throw new domain_1.InvalidInput(problems);
    }
    return details;
};
exports.parseEntryDetails = parseEntryDetails;
/** An entry body with its client-chosen id: the entry's idempotency key. */
const parseEntryWithId = (body) => {
    const { entryId, ...rest } = (body && typeof body === 'object' ? body : {});
    const problems = [];
    if (typeof entryId !== 'string' || !(0, class_validator_1.isUUID)(entryId))
        problems.push('entryId must be a UUID');
    let details;
    try {
        details = (0, exports.parseEntryDetails)(body && typeof body === 'object' && !Array.isArray(body) ? rest : body);
    }
    catch (error) {
        if (!(error instanceof domain_1.InvalidInput))
            throw error;
        problems.push(...error.messages);
    }
    if (problems.length || !details)
        throw new domain_1.InvalidInput(problems);
    return { entryId: entryId.toLowerCase(), details };
};
exports.parseEntryWithId = parseEntryWithId;
const toDetails = (input) => {
    const plain = { ...input, occurredAt: new Date(input.occurredAt).toISOString() };
    if (domain_1.COUNTED_KINDS.includes(input.kind) && plain.count == null)
        plain.count = 1;
    for (const [key, value] of Object.entries(plain))
        if (value === undefined || value === null)
            delete plain[key];
    return plain;
};
//# sourceMappingURL=parse-entry.js.map