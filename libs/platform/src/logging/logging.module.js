"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var LoggingModule_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.LoggingModule = exports.REQUEST_ID_HEADER = void 0;
const node_crypto_1 = require("node:crypto");
const common_1 = require("@nestjs/common");
const nestjs_pino_1 = require("nestjs-pino");
exports.REQUEST_ID_HEADER = 'x-request-id';
/** Structured JSON logs; each request carries an id that also correlates its events. */
let LoggingModule = LoggingModule_1 = class LoggingModule {
    static forRoot(config) {
        return {
            module: LoggingModule_1,
            imports: [
                nestjs_pino_1.LoggerModule.forRoot({
                    pinoHttp: {
                        level: config.logLevel,
                        genReqId: (req, res) => {
                            const given = req.headers[exports.REQUEST_ID_HEADER];
                            const id = typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : (0, node_crypto_1.randomUUID)();
                            res.setHeader(exports.REQUEST_ID_HEADER, id);
                            return id;
                        },
                        redact: ['req.headers.authorization', 'req.headers.cookie'],
                        customLogLevel: (_req, res, error) => error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
                    },
                }),
            ],
        };
    }
};
exports.LoggingModule = LoggingModule;
exports.LoggingModule = LoggingModule = LoggingModule_1 = __decorate([
    (0, common_1.Module)({})
], LoggingModule);
//# sourceMappingURL=logging.module.js.map