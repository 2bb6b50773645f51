export * from './envelope/cloud-event';
export * from './nrcu/nrcu-share';
export * from './relay/relay';
export * from './relay/relay-ports';
export * from './relay/topics';
export * from './kafka/kafka-publisher';
export * from './checkpoint/relay-checkpoint.repository';
export * from './feeds.module';
