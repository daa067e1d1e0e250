// Starts the Streamable HTTP transport of @modelcontextprotocol/server-everything on 127.0.0.1 only.
// Its launcher calls app.listen(PORT), which binds every interface; the tests must never listen
// beyond loopback, so every listen() that names only a port is narrowed to 127.0.0.1 first.
import net from "node:net";

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === "number" || (typeof args[0] === "string" && /^\d+$/.test(args[0]))) {
    const callback = args.find((arg) => typeof arg === "function");
    return listen.call(this, { port: Number(args[0]), host: "127.0.0.1" }, callback);
  }
  return listen.apply(this, args);
};

await import("../node_modules/@modelcontextprotocol/server-everything/dist/transports/streamableHttp.js");
