"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const schema_1 = require("./schema");
describe('event schemas', () => {
    it('gives every event type a current version reachable by its upcasters', () => {
        for (const type of schema_1.EVENT_TYPES) {
            const current = schema_1.CURRENT_SCHEMA_VERSIONS[type];
            expect(current).toBeGreaterThanOrEqual(1);
            for (let version = 1; version < current; version++)
                expect(schema_1.UPCASTERS.some((u) => u.type === type && u.fromVersion === version)).toBe(true);
        }
    });
    it('upcasts a v1 seizure, which called its street value valueGBP', () => {
        const [v1ToV2] = schema_1.UPCASTERS;
        expect(v1ToV2.upcast({ item: 'class-a-drugs', valueGBP: 750000 })).toEqual({
            item: 'class-a-drugs',
            estimatedValueGBP: 750000,
        });
    });
});
//# sourceMappingURL=schema.unit.spec.js.map