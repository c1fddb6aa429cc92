import * as core from "@actions/core";
core.info("nexs-publish: under construction");
