#!/usr/bin/env node
var __webpack_exports__ = {};
process.stdout.write("nexs-publish: under construction\n");


