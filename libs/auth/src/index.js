"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
__exportStar(require("./auth.module"), exports);
__exportStar(require("./guards/access.decorators"), exports);
__exportStar(require("./issue-token/issue-token.command"), exports);
__exportStar(require("./issue-token/issue-token.input"), exports);
__exportStar(require("./create-user/create-user.command"), exports);
__exportStar(require("./create-user/create-user.input"), exports);
__exportStar(require("./users/passwords"), exports);
//# sourceMappingURL=index.js.map