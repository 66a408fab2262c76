#!/usr/bin/env node
'use strict';
// The compiled command line lives in lib/ (built by `npm ci` through the prepare script).
const { runFromProcess } = require('../lib/src/cli/main.js');
runFromProcess();
