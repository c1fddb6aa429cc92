#!/usr/bin/env node
process.stdout.write("nexs-publish: under construction\n");
