"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.verifyPassword = exports.hashPassword = void 0;
const node_crypto_1 = require("node:crypto");
const scrypt = (password, salt, keylen, options) => new Promise((resolve, reject) => (0, node_crypto_1.scrypt)(password, salt, keylen, options, (error, key) => (error ? reject(error) : resolve(key))));
// One of OWASP's recommended scrypt settings: N=2^15, r=8, p=3 (32 MiB per hash).
const PARAMS = { N: 2 ** 15, r: 8, p: 3 };
const KEY_LENGTH = 32;
const maxmem = 64 * 1024 * 1024;
/** `scrypt$N$r$p$salt$key`, so the parameters can be raised later without breaking old hashes. */
const hashPassword = async (password) => {
    const salt = (0, node_crypto_1.randomBytes)(16);
    const key = await scrypt(password, salt, KEY_LENGTH, { ...PARAMS, maxmem });
    return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$');
};
exports.hashPassword = hashPassword;
const verifyPassword = async (password, stored) => {
    const [scheme, N, r, p, salt, key] = stored.split('$');
    if (scheme !== 'scrypt')
        return false;
    const expected = Buffer.from(key, 'base64');
    const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, {
        N: Number(N),
        r: Number(r),
        p: Number(p),
        maxmem,
    });
    return (0, node_crypto_1.timingSafeEqual)(actual, expected);
};
exports.verifyPassword = verifyPassword;
//# sourceMappingURL=passwords.js.map