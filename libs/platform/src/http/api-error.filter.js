"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ApiErrorFilter = void 0;
const common_1 = require("@nestjs/common");
const domain_1 = require("../../../domain/src/index.js");
const node_http_1 = require("node:http");
const status_of_1 = require("./status-of");
/** Every error leaves in the contract's shape; a 500 is logged, its details never sent. */
let ApiErrorFilter = class ApiErrorFilter {
    logger = new common_1.Logger('http');
    catch(error, host) {
        const response = host.switchToHttp().getResponse();
        const body = this.toApiError(error);
        if (body.statusCode >= 500)
            this.logger.error(error instanceof Error ? error.stack ?? error.message : String(error));
        if (response.headersSent)
            return;
        response.status(body.statusCode).json(body);
    }
    toApiError(error) {
        if (error instanceof domain_1.DomainError)
            return shaped((0, status_of_1.statusOfDomainError)(error), (0, status_of_1.messageOfDomainError)(error));
        if (error instanceof common_1.HttpException) {
            const answer = error.getResponse();
            const message = typeof answer === 'string' ? answer : (answer.message ?? error.message);
            return shaped(error.getStatus(), message);
        }
        const parserError = error;
        if (parserError.type === 'entity.too.large')
            return shaped(413, 'The request body is larger than 1 MB');
        if (parserError.type === 'entity.parse.failed')
            return shaped(400, 'The request body is not valid JSON');
        if (parserError.type && parserError.status && parserError.status < 500)
            return shaped(parserError.status, error.message);
        return shaped(500, 'Something went wrong on our side; it has been logged');
    }
};
exports.ApiErrorFilter = ApiErrorFilter;
exports.ApiErrorFilter = ApiErrorFilter = __decorate([
    (0, common_1.Catch)()
], ApiErrorFilter);
const shaped = (statusCode, message) => ({
    statusCode,
    error: node_http_1.STATUS_CODES[statusCode] ?? 'Error',
    message,
});
//# sourceMappingURL=api-error.filter.js.map