"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.upcasterOf = void 0;
/** Brings events written under older schemas up to today's, one version at a time. */
const upcasterOf = (upcasters) => {
    const byKey = new Map(upcasters.map((u) => [`${u.type}@${u.fromVersion}`, u]));
    return (event) => {
        let { data } = event;
        let version = event.metadata.schemaVersion;
        for (let step = byKey.get(`${event.type}@${version}`); step; step = byKey.get(`${event.type}@${version}`)) {
            data = step.upcast(data);
            version += 1;
        }
        return version === event.metadata.schemaVersion
            ? event
            : { ...event, data, metadata: { ...event.metadata, schemaVersion: version } };
    };
};
exports.upcasterOf = upcasterOf;
//# sourceMappingURL=upcasting.js.map