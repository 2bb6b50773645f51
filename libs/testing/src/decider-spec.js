"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.deciderSpec = void 0;
const deciderSpec = (decider) => ({
    given: (events) => ({
        when: (command) => {
            const run = () => decider.decide(command, events.reduce(decider.evolve, decider.initialState()));
            return {
                then: (expected) => expect(run()).toEqual(expected),
                thenNothingHappens: () => expect(run()).toEqual([]),
                thenRefuses: (errorClass, message) => {
                    expect(run).toThrow(errorClass);
                    if (message)
                        expect(run).toThrow(message);
                },
            };
        },
    }),
});
exports.deciderSpec = deciderSpec;
//# sourceMappingURL=decider-spec.js.map