// Entry point of `pedmonitor`; the commands are added by the CLI module.
console.error("pedmonitor: not built yet");
process.exit(2);
