// A worker that fails as it loads, for the test that a parked analysis worker's error does not
// reach the main process as an unhandled 'error' event.
throw new Error('this worker fails to load');
