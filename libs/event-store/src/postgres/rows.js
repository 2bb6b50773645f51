"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toRecordedEvent = exports.EVENT_COLUMNS = void 0;
exports.EVENT_COLUMNS = 'position, event_id, stream_name, stream_revision, event_type, data, metadata, recorded_at';
const toRecordedEvent = (row) => ({
    id: row.event_id,
    type: row.event_type,
    data: row.data,
    metadata: row.metadata,
    streamName: row.stream_name,
    revision: BigInt(row.stream_revision),
    position: BigInt(row.position),
    recordedAt: row.recorded_at,
});
exports.toRecordedEvent = toRecordedEvent;
//# sourceMappingURL=rows.js.map