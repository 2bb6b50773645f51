"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.messagesOf = exports.validated = void 0;
const domain_1 = require("../../../domain/src/index.js");
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
/** Validates plain input against a class-validator class; unknown fields are refused. */
const validated = (type, input, prefix = '') => {
    if (!input || typeof input !== 'object' || Array.isArray(input))
        throw new domain_1.InvalidInput([`${prefix || 'body'} must be a JSON object`]);
    const instance = (0, class_transformer_1.plainToInstance)(type, input);
    const errors = (0, class_validator_1.validateSync)(instance, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length)
        throw new domain_1.InvalidInput((0, exports.messagesOf)(errors, prefix));
    return instance;
};
exports.validated = validated;
const messagesOf = (errors, prefix = '') => errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => prefix ? message.replace(error.property, path) : message);
    return [...own, ...(0, exports.messagesOf)(error.children ?? [], path)];
});
exports.messagesOf = messagesOf;
//# sourceMappingURL=validated-command.js.map