"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadConfig = exports.APP_CONFIG = exports.ConfigurationError = exports.EVENT_STORES = exports.LOG_LEVELS = void 0;
const node_crypto_1 = require("node:crypto");
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
exports.LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
exports.EVENT_STORES = ['postgres', 'eventstoredb'];
const toInt = ({ value }) => (value === undefined || value === '' ? undefined : Number(value));
/** The environment the server reads, checked on start; each message says what to change. */
class Environment {
    PORT;
    DATABASE_URL;
    DATA_DIR;
    ADMIN_USERNAME;
    ADMIN_PASSWORD;
    EVENT_STORE;
    LOG_LEVEL;
    TOKEN_SECRET;
    TOKEN_TTL_SECONDS;
    EMBEDDED_POSTGRES_PORT;
    NODE_ENV;
}
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)({ message: 'PORT must be a whole number, such as 3000' }),
    (0, class_validator_1.Min)(1, { message: 'PORT must be between 1 and 65535' }),
    (0, class_validator_1.Max)(65535, { message: 'PORT must be between 1 and 65535' }),
    __metadata("design:type", Number)
], Environment.prototype, "PORT", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(/^postgres(ql)?:\/\/.+/, {
        message: 'DATABASE_URL must be a PostgreSQL URL such as postgres://user:password@host:5432/ringofsteel; leave it unset to use the embedded PostgreSQL',
    }),
    __metadata("design:type", String)
], Environment.prototype, "DATABASE_URL", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    __metadata("design:type", String)
], Environment.prototype, "DATA_DIR", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(/^[a-zA-Z0-9._@-]{3,64}$/, {
        message: 'ADMIN_USERNAME must be 3 to 64 letters, digits or . _ @ -',
    }),
    __metadata("design:type", String)
], Environment.prototype, "ADMIN_USERNAME", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.MinLength)(12, { message: 'ADMIN_PASSWORD must be at least 12 characters long' }),
    __metadata("design:type", String)
], Environment.prototype, "ADMIN_PASSWORD", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(exports.EVENT_STORES, { message: `EVENT_STORE must be one of: ${exports.EVENT_STORES.join(', ')}` }),
    __metadata("design:type", Object)
], Environment.prototype, "EVENT_STORE", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(exports.LOG_LEVELS, { message: `LOG_LEVEL must be one of: ${exports.LOG_LEVELS.join(', ')}` }),
    __metadata("design:type", Object)
], Environment.prototype, "LOG_LEVEL", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.MinLength)(32, { message: 'TOKEN_SECRET must be at least 32 characters long (e.g. openssl rand -base64 48)' }),
    __metadata("design:type", String)
], Environment.prototype, "TOKEN_SECRET", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)({ message: 'TOKEN_TTL_SECONDS must be a whole number of seconds' }),
    (0, class_validator_1.Min)(60, { message: 'TOKEN_TTL_SECONDS must be at least 60' }),
    (0, class_validator_1.Max)(86400, { message: 'TOKEN_TTL_SECONDS must be at most 86400 (a day)' }),
    __metadata("design:type", Number)
], Environment.prototype, "TOKEN_TTL_SECONDS", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)({ message: 'EMBEDDED_POSTGRES_PORT must be a whole number' }),
    (0, class_validator_1.Min)(1024, { message: 'EMBEDDED_POSTGRES_PORT must be between 1024 and 65535' }),
    (0, class_validator_1.Max)(65535, { message: 'EMBEDDED_POSTGRES_PORT must be between 1024 and 65535' }),
    __metadata("design:type", Number)
], Environment.prototype, "EMBEDDED_POSTGRES_PORT", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    __metadata("design:type", String)
], Environment.prototype, "NODE_ENV", void 0);
class ConfigurationError extends Error {
    problems;
    constructor(problems) {
        super(`The server cannot start until its configuration is fixed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
        this.problems = problems;
    }
}
exports.ConfigurationError = ConfigurationError;
exports.APP_CONFIG = Symbol('AppConfig');
/** Reads and checks the environment; a token secret is generated into DATA_DIR when none is given. */
const loadConfig = (env = process.env) => {
    const raw = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
    const parsed = (0, class_transformer_1.plainToInstance)(Environment, raw, { excludeExtraneousValues: false });
    const problems = (0, class_validator_1.validateSync)(parsed, { whitelist: false }).flatMap((e) => Object.values(e.constraints ?? {}));
    const production = parsed.NODE_ENV === 'production';
    if (parsed.EVENT_STORE === 'eventstoredb')
        problems.push('EVENT_STORE=eventstoredb is not available yet in this version; use postgres (the default)');
    if (production && !parsed.TOKEN_SECRET)
        problems.push('TOKEN_SECRET is required when NODE_ENV=production (every instance must sign tokens alike)');
    if (problems.length)
        throw new ConfigurationError(problems);
    const dataDir = (0, node_path_1.resolve)(parsed.DATA_DIR ?? './.data');
    return {
        port: parsed.PORT ?? 3000,
        databaseUrl: parsed.DATABASE_URL ?? null,
        dataDir,
        adminUsername: parsed.ADMIN_USERNAME ?? 'admin',
        adminPassword: parsed.ADMIN_PASSWORD ?? null,
        eventStore: 'postgres',
        logLevel: parsed.LOG_LEVEL ?? 'info',
        tokenSecret: parsed.TOKEN_SECRET ?? keptSecret(dataDir),
        tokenTtlSeconds: parsed.TOKEN_TTL_SECONDS ?? 900,
        embeddedPostgresPort: parsed.EMBEDDED_POSTGRES_PORT ?? 54329,
        production,
    };
};
exports.loadConfig = loadConfig;
/** A signing secret generated once and kept in DATA_DIR, so tokens survive restarts. */
const keptSecret = (dataDir) => {
    const file = (0, node_path_1.join)(dataDir, 'token-secret');
    if ((0, node_fs_1.existsSync)(file))
        return (0, node_fs_1.readFileSync)(file, 'utf8').trim();
    (0, node_fs_1.mkdirSync)(dataDir, { recursive: true });
    const secret = (0, node_crypto_1.randomBytes)(48).toString('base64url');
    (0, node_fs_1.writeFileSync)(file, `${secret}\n`, { mode: 0o600 });
    return secret;
};
//# sourceMappingURL=app-config.js.map