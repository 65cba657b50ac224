/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Boolean = $util.global.Boolean, $String = $util.global.String, $Array = $util.global.Array, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Number = $util.global.Number, $isFinite = $util.global.isFinite;

const $root = $protobuf.roots["kserve"] || ($protobuf.roots["kserve"] = {});

export const inference = $root.inference = (() => {

    const inference = {};

    inference.ServerLiveRequest = (function() {

        const ServerLiveRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ServerLiveRequest.create = function(properties) {
            return new ServerLiveRequest(properties);
        };

        ServerLiveRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ServerLiveRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.inference.ServerLiveRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ServerLiveRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.inference.ServerLiveRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".inference.ServerLiveRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.inference.ServerLiveRequest();
        };

        ServerLiveRequest.toObject = function () {
            return {};
        };

        ServerLiveRequest.prototype.toJSON = function() {
            return ServerLiveRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        ServerLiveRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/inference.ServerLiveRequest";
        };

        return ServerLiveRequest;
    })();

    inference.ServerLiveResponse = (function() {

        const ServerLiveResponse = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ServerLiveResponse.prototype.live = false;

        ServerLiveResponse.create = function(properties) {
            return new ServerLiveResponse(properties);
        };

        ServerLiveResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.live != null && $Object.hasOwnProperty.call(message, "live") && message.live !== false)
                writer.uint32(8).bool(message.live);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ServerLiveResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.inference.ServerLiveResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.live = value;
                        else
                            delete message.live;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ServerLiveResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.inference.ServerLiveResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".inference.ServerLiveResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.inference.ServerLiveResponse();
            if (object.live != null)
                if (object.live)
                    message.live = $Boolean(object.live);
            return message;
        };

        ServerLiveResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.live = false;
            if (message.live != null && $Object.hasOwnProperty.call(message, "live"))
                object.live = message.live;
            return object;
        };

        ServerLiveResponse.prototype.toJSON = function() {
            return ServerLiveResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        ServerLiveResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/inference.ServerLiveResponse";
        };

        return ServerLiveResponse;
    })();

    inference.ServerReadyRequest = (function() {

        const ServerReadyRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ServerReadyRequest.create = function(properties) {
            return new ServerReadyRequest(properties);
        };

        ServerReadyRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ServerReadyRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.inference.ServerReadyRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ServerReadyRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.inference.ServerReadyRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".inference.ServerReadyRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.inference.ServerReadyRequest();
        };

        ServerReadyRequest.toObject = function () {
            return {};
        };

        ServerReadyRequest.prototype.toJSON = function() {
            return ServerReadyRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        ServerReadyRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/inference.ServerReadyRequest";
        };

        return ServerReadyRequest;
    })();

    inference.ServerReadyResponse = (function() {

        const ServerReadyResponse = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ServerReadyResponse.prototype.ready = false;

        ServerReadyResponse.create = function(properties) {
            return new ServerReadyResponse(properties);
        };

        ServerReadyResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.ready != null && $Object.hasOwnProperty.call(message, "ready") && message.ready !== false)
                writer.uint32(8).bool(message.ready);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ServerReadyResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.inference.ServerReadyResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.ready = value;
                        else
                            delete message.ready;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ServerReadyResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.inference.ServerReadyResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".inference.ServerReadyResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.inference.ServerReadyResponse();
            if (object.ready != null)
                if (object.ready)
                    message.ready = $Boolean(object.ready);
            return message;
        };

        ServerReadyResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.ready = false;
            if (message.ready != null && $Object.hasOwnProperty.call(message, "ready"))
                object.ready = message.ready;
            return object;
        };

        ServerReadyResponse.prototype.toJSON = function() {
            return ServerReadyResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        ServerReadyResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/inference.ServerReadyResponse";
        };

        return ServerReadyResponse;
    })();

    inference.ModelReadyRequest = (function() {

        const ModelReadyRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ModelReadyRequest.prototype.name = "";
        ModelReadyRequest.prototype.version = "";

        ModelReadyRequest.create = function(properties) {
            return new ModelReadyRequest(properties);
        };

        ModelReadyRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(10).string(message.name);
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                writer.uint32(18).string(message.version);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ModelReadyRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.inference.ModelReadyRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ModelReadyRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.inference.ModelReadyRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".inference.ModelReadyRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.inference.ModelReadyRequest();
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.version != null)
                if (typeof object.version !== "string" || object.version.length)
                    message.version = $String(object.version);
            return message;
        };

        ModelReadyRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.name = "";
                object.version = "";
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                object.version = message.version;
            return object;
        };

        ModelReadyRequest.prototype.toJSON = function() {
            return ModelReadyRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        ModelReadyRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/inference.ModelReadyRequest";
        };

        return ModelReadyRequest;
    })();

    inference.ModelReadyResponse = (function() {

        const ModelReadyResponse = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ModelReadyResponse.prototype.ready = false;

        ModelReadyResponse.create = function(properties) {
            return new ModelReadyResponse(properties);
        };

        ModelReadyResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.ready != null && $Object.hasOwnProperty.call(message, "ready") && message.ready !== false)
                writer.uint32(8).bool(message.ready);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ModelReadyResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.inference.ModelReadyResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.ready = value;
                        else
                            delete message.ready;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ModelReadyResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.inference.ModelReadyResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".inference.ModelReadyResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.inference.ModelReadyResponse();
            if (object.ready != null)
                if (object.ready)
                    message.ready = $Boolean(object.ready);
            return message;
        };

        ModelReadyResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.ready = false;
            if (message.ready != null && $Object.hasOwnProperty.call(message, "ready"))
                object.ready = message.ready;
            return object;
        };

        ModelReadyResponse.prototype.toJSON = function() {
            return ModelReadyResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        ModelReadyResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/inference.ModelReadyResponse";
        };

        return ModelReadyResponse;
    })();

    inference.ServerMetadataRequest = (function() {

        const ServerMetadataRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ServerMetadataRequest.create = function(properties) {
            return new ServerMetadataRequest(properties);
        };

        ServerMetadataRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ServerMetadataRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.inference.ServerMetadataRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ServerMetadataRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.inference.ServerMetadataRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".inference.ServerMetadataRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.inference.ServerMetadataRequest();
        };

        ServerMetadataRequest.toObject = function () {
            return {};
        };

        ServerMetadataRequest.prototype.toJSON = function() {
            return ServerMetadataRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        ServerMetadataRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/inference.ServerMetadataRequest";
        };

        return ServerMetadataRequest;
    })();

    inference.ServerMetadataResponse = (function() {

        const ServerMetadataResponse = function (properties) {
            this.extensions = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ServerMetadataResponse.prototype.name = "";
        ServerMetadataResponse.prototype.version = "";
        ServerMetadataResponse.prototype.extensions = $util.emptyArray;

        ServerMetadataResponse.create = function(properties) {
            return new ServerMetadataResponse(properties);
        };

        ServerMetadataResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(10).string(message.name);
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                writer.uint32(18).string(message.version);
            if (message.extensions != null && message.extensions.length)
                for (let i = 0; i < message.extensions.length; ++i)
                    writer.uint32(26).string(message.extensions[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ServerMetadataResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.inference.ServerMetadataResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.extensions && message.extensions.length))
                            message.extensions = [];
                        message.extensions.push(reader.stringVerify());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ServerMetadataResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.inference.ServerMetadataResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".inference.ServerMetadataResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.inference.ServerMetadataResponse();
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.version != null)
                if (typeof object.version !== "string" || object.version.length)
                    message.version = $String(object.version);
            if (object.extensions) {
                if (!$Array.isArray(object.extensions))
                    throw $TypeError(".inference.ServerMetadataResponse.extensions: array expected");
                message.extensions = $Array(object.extensions.length);
                for (let i = 0; i < object.extensions.length; ++i)
                    message.extensions[i] = $String(object.extensions[i]);
            }
            return message;
        };

        ServerMetadataResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.extensions = [];
            if (options.defaults) {
                object.name = "";
                object.version = "";
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                object.version = message.version;
            if (message.extensions && message.extensions.length) {
                object.extensions = $Array(message.extensions.length);
                for (let j = 0; j < message.extensions.length; ++j)
                    object.extensions[j] = message.extensions[j];
            }
            return object;
        };

        ServerMetadataResponse.prototype.toJSON = function() {
            return ServerMetadataResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        ServerMetadataResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/inference.ServerMetadataResponse";
        };

        return ServerMetadataResponse;
    })();

    inference.ModelMetadataRequest = (function() {

        const ModelMetadataRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ModelMetadataRequest.prototype.name = "";
        ModelMetadataRequest.prototype.version = "";

        ModelMetadataRequest.create = function(properties) {
            return new ModelMetadataRequest(properties);
        };

        ModelMetadataRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(10).string(message.name);
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                writer.uint32(18).string(message.version);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ModelMetadataRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.inference.ModelMetadataRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ModelMetadataRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.inference.ModelMetadataRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".inference.ModelMetadataRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.inference.ModelMetadataRequest();
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.version != null)
                if (typeof object.version !== "string" || object.version.length)
                    message.version = $String(object.version);
            return message;
        };

        ModelMetadataRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.name = "";
                object.version = "";
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                object.version = message.version;
            return object;
        };

        ModelMetadataRequest.prototype.toJSON = function() {
            return ModelMetadataRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        ModelMetadataRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/inference.ModelMetadataRequest";
        };

        return ModelMetadataRequest;
    })();

    inference.ModelMetadataResponse = (function() {

        const ModelMetadataResponse = function (properties) {
            this.versions = [];
            this.inputs = [];
            this.outputs = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ModelMetadataResponse.prototype.name = "";
        ModelMetadataResponse.prototype.versions = $util.emptyArray;
        ModelMetadataResponse.prototype.platform = "";
        ModelMetadataResponse.prototype.inputs = $util.emptyArray;
        ModelMetadataResponse.prototype.outputs = $util.emptyArray;

        ModelMetadataResponse.create = function(properties) {
            return new ModelMetadataResponse(properties);
        };

        ModelMetadataResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(10).string(message.name);
            if (message.versions != null && message.versions.length)
                for (let i = 0; i < message.versions.length; ++i)
                    writer.uint32(18).string(message.versions[i]);
            if (message.platform != null && $Object.hasOwnProperty.call(message, "platform") && message.platform !== "")
                writer.uint32(26).string(message.platform);
            if (message.inputs != null && message.inputs.length)
                for (let i = 0; i < message.inputs.length; ++i)
                    $root.inference.ModelMetadataResponse.TensorMetadata.encode(message.inputs[i], writer.uint32(34).fork(), _depth + 1).ldelim();
            if (message.outputs != null && message.outputs.length)
                for (let i = 0; i < message.outputs.length; ++i)
                    $root.inference.ModelMetadataResponse.TensorMetadata.encode(message.outputs[i], writer.uint32(42).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ModelMetadataResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.inference.ModelMetadataResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.versions && message.versions.length))
                            message.versions = [];
                        message.versions.push(reader.stringVerify());
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.platform = value;
                        else
                            delete message.platform;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.inputs && message.inputs.length))
                            message.inputs = [];
                        message.inputs.push($root.inference.ModelMetadataResponse.TensorMetadata.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.outputs && message.outputs.length))
                            message.outputs = [];
                        message.outputs.push($root.inference.ModelMetadataResponse.TensorMetadata.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ModelMetadataResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.inference.ModelMetadataResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".inference.ModelMetadataResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.inference.ModelMetadataResponse();
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.versions) {
                if (!$Array.isArray(object.versions))
                    throw $TypeError(".inference.ModelMetadataResponse.versions: array expected");
                message.versions = $Array(object.versions.length);
                for (let i = 0; i < object.versions.length; ++i)
                    message.versions[i] = $String(object.versions[i]);
            }
            if (object.platform != null)
                if (typeof object.platform !== "string" || object.platform.length)
                    message.platform = $String(object.platform);
            if (object.inputs) {
                if (!$Array.isArray(object.inputs))
                    throw $TypeError(".inference.ModelMetadataResponse.inputs: array expected");
                message.inputs = $Array(object.inputs.length);
                for (let i = 0; i < object.inputs.length; ++i) {
                    if (!$util.isObject(object.inputs[i]))
                        throw $TypeError(".inference.ModelMetadataResponse.inputs: object expected");
                    message.inputs[i] = $root.inference.ModelMetadataResponse.TensorMetadata.fromObject(object.inputs[i], _depth + 1);
                }
            }
            if (object.outputs) {
                if (!$Array.isArray(object.outputs))
                    throw $TypeError(".inference.ModelMetadataResponse.outputs: array expected");
                message.outputs = $Array(object.outputs.length);
                for (let i = 0; i < object.outputs.length; ++i) {
                    if (!$util.isObject(object.outputs[i]))
                        throw $TypeError(".inference.ModelMetadataResponse.outputs: object expected");
                    message.outputs[i] = $root.inference.ModelMetadataResponse.TensorMetadata.fromObject(object.outputs[i], _depth + 1);
                }
            }
            return message;
        };

        ModelMetadataResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.versions = [];
                object.inputs = [];
                object.outputs = [];
            }
            if (options.defaults) {
                object.name = "";
                object.platform = "";
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.versions && message.versions.length) {
                object.versions = $Array(message.versions.length);
                for (let j = 0; j < message.versions.length; ++j)
                    object.versions[j] = message.versions[j];
            }
            if (message.platform != null && $Object.hasOwnProperty.call(message, "platform"))
                object.platform = message.platform;
            if (message.inputs && message.inputs.length) {
                object.inputs = $Array(message.inputs.length);
                for (let j = 0; j < message.inputs.length; ++j)
                    object.inputs[j] = $root.inference.ModelMetadataResponse.TensorMetadata.toObject(message.inputs[j], options, _depth + 1);
            }
            if (message.outputs && message.outputs.length) {
                object.outputs = $Array(message.outputs.length);
                for (let j = 0; j < message.outputs.length; ++j)
                    object.outputs[j] = $root.inference.ModelMetadataResponse.TensorMetadata.toObject(message.outputs[j], options, _depth + 1);
            }
            return object;
        };

        ModelMetadataResponse.prototype.toJSON = function() {
            return ModelMetadataResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        ModelMetadataResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/inference.ModelMetadataResponse";
        };

        ModelMetadataResponse.TensorMetadata = (function() {

            const TensorMetadata = function (properties) {
                this.shape = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TensorMetadata.prototype.name = "";
            TensorMetadata.prototype.datatype = "";
            TensorMetadata.prototype.shape = $util.emptyArray;

            TensorMetadata.create = function(properties) {
                return new TensorMetadata(properties);
            };

            TensorMetadata.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(10).string(message.name);
                if (message.datatype != null && $Object.hasOwnProperty.call(message, "datatype") && message.datatype !== "")
                    writer.uint32(18).string(message.datatype);
                if (message.shape != null && message.shape.length)
                    writer.uint32(26).int64s(message.shape);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TensorMetadata.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.inference.ModelMetadataResponse.TensorMetadata();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.datatype = value;
                            else
                                delete message.datatype;
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.shape && message.shape.length))
                                    message.shape = [];
                                reader.int64s(message.shape);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.shape && message.shape.length))
                                message.shape = [];
                            message.shape.push(reader.int64());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            TensorMetadata.fromObject = function (object, _depth) {
                if (object instanceof $root.inference.ModelMetadataResponse.TensorMetadata)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".inference.ModelMetadataResponse.TensorMetadata: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.inference.ModelMetadataResponse.TensorMetadata();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.datatype != null)
                    if (typeof object.datatype !== "string" || object.datatype.length)
                        message.datatype = $String(object.datatype);
                if (object.shape) {
                    if (!$Array.isArray(object.shape))
                        throw $TypeError(".inference.ModelMetadataResponse.TensorMetadata.shape: array expected");
                    message.shape = $Array(object.shape.length);
                    for (let i = 0; i < object.shape.length; ++i)
                        if ($util.Long)
                            message.shape[i] = $util.Long.fromValue(object.shape[i], false);
                        else if (typeof object.shape[i] === "string")
                            message.shape[i] = $parseInt(object.shape[i], 10);
                        else if (typeof object.shape[i] === "number")
                            message.shape[i] = object.shape[i];
                        else if (typeof object.shape[i] === "object")
                            message.shape[i] = new $util.LongBits(object.shape[i].low >>> 0, object.shape[i].high >>> 0).toNumber();
                }
                return message;
            };

            TensorMetadata.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.shape = [];
                if (options.defaults) {
                    object.name = "";
                    object.datatype = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.datatype != null && $Object.hasOwnProperty.call(message, "datatype"))
                    object.datatype = message.datatype;
                if (message.shape && message.shape.length) {
                    object.shape = $Array(message.shape.length);
                    for (let j = 0; j < message.shape.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.shape[j] = typeof message.shape[j] === "number" ? $BigInt(message.shape[j]) : $util.Long.fromBits(message.shape[j].low >>> 0, message.shape[j].high >>> 0, false).toBigInt();
                        else if (typeof message.shape[j] === "number")
                            object.shape[j] = options.longs === $String ? $String(message.shape[j]) : message.shape[j];
                        else
                            object.shape[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.shape[j]) : options.longs === $Number ? new $util.LongBits(message.shape[j].low >>> 0, message.shape[j].high >>> 0).toNumber() : message.shape[j];
                }
                return object;
            };

            TensorMetadata.prototype.toJSON = function() {
                return TensorMetadata.toObject(this, $protobuf.util.toJSONOptions);
            };

            TensorMetadata.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/inference.ModelMetadataResponse.TensorMetadata";
            };

            return TensorMetadata;
        })();

        return ModelMetadataResponse;
    })();

    inference.InferParameter = (function() {

        const InferParameter = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        InferParameter.prototype.boolParam = null;
        InferParameter.prototype.int64Param = null;
        InferParameter.prototype.stringParam = null;
        InferParameter.prototype.doubleParam = null;
        InferParameter.prototype.uint64Param = null;

        let $oneOfFields;

        $Object.defineProperty(InferParameter.prototype, "parameterChoice", {
            get: $util.oneOfGetter($oneOfFields = ["boolParam", "int64Param", "stringParam", "doubleParam", "uint64Param"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        InferParameter.create = function(properties) {
            return new InferParameter(properties);
        };

        InferParameter.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.boolParam != null && $Object.hasOwnProperty.call(message, "boolParam"))
                writer.uint32(8).bool(message.boolParam);
            if (message.int64Param != null && $Object.hasOwnProperty.call(message, "int64Param"))
                writer.uint32(16).int64(message.int64Param);
            if (message.stringParam != null && $Object.hasOwnProperty.call(message, "stringParam"))
                writer.uint32(26).string(message.stringParam);
            if (message.doubleParam != null && $Object.hasOwnProperty.call(message, "doubleParam"))
                writer.uint32(33).double(message.doubleParam);
            if (message.uint64Param != null && $Object.hasOwnProperty.call(message, "uint64Param"))
                writer.uint32(40).uint64(message.uint64Param);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        InferParameter.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.inference.InferParameter();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        message.boolParam = reader.bool();
                        message.parameterChoice = "boolParam";
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        message.int64Param = reader.int64();
                        message.parameterChoice = "int64Param";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.stringParam = reader.stringVerify();
                        message.parameterChoice = "stringParam";
                        continue;
                    }
                case 4: {
                        if (wireType !== 1)
                            break;
                        message.doubleParam = reader.double();
                        message.parameterChoice = "doubleParam";
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        message.uint64Param = reader.uint64();
                        message.parameterChoice = "uint64Param";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        InferParameter.fromObject = function (object, _depth) {
            if (object instanceof $root.inference.InferParameter)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".inference.InferParameter: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.inference.InferParameter();
            if (object.boolParam != null)
                message.boolParam = $Boolean(object.boolParam);
            if (object.int64Param != null)
                if ($util.Long)
                    message.int64Param = $util.Long.fromValue(object.int64Param, false);
                else if (typeof object.int64Param === "string")
                    message.int64Param = $parseInt(object.int64Param, 10);
                else if (typeof object.int64Param === "number")
                    message.int64Param = object.int64Param;
                else if (typeof object.int64Param === "object")
                    message.int64Param = new $util.LongBits(object.int64Param.low >>> 0, object.int64Param.high >>> 0).toNumber();
            if (object.stringParam != null)
                message.stringParam = $String(object.stringParam);
            if (object.doubleParam != null)
                message.doubleParam = $Number(object.doubleParam);
            if (object.uint64Param != null)
                if ($util.Long)
                    message.uint64Param = $util.Long.fromValue(object.uint64Param, true);
                else if (typeof object.uint64Param === "string")
                    message.uint64Param = $parseInt(object.uint64Param, 10);
                else if (typeof object.uint64Param === "number")
                    message.uint64Param = object.uint64Param;
                else if (typeof object.uint64Param === "object")
                    message.uint64Param = new $util.LongBits(object.uint64Param.low >>> 0, object.uint64Param.high >>> 0).toNumber(true);
            return message;
        };

        InferParameter.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (message.boolParam != null && $Object.hasOwnProperty.call(message, "boolParam")) {
                object.boolParam = message.boolParam;
                if (options.oneofs)
                    object.parameterChoice = "boolParam";
            }
            if (message.int64Param != null && $Object.hasOwnProperty.call(message, "int64Param")) {
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.int64Param = typeof message.int64Param === "number" ? $BigInt(message.int64Param) : $util.Long.fromBits(message.int64Param.low >>> 0, message.int64Param.high >>> 0, false).toBigInt();
                else if (typeof message.int64Param === "number")
                    object.int64Param = options.longs === $String ? $String(message.int64Param) : message.int64Param;
                else
                    object.int64Param = options.longs === $String ? $util.Long.prototype.toString.call(message.int64Param) : options.longs === $Number ? new $util.LongBits(message.int64Param.low >>> 0, message.int64Param.high >>> 0).toNumber() : message.int64Param;
                if (options.oneofs)
                    object.parameterChoice = "int64Param";
            }
            if (message.stringParam != null && $Object.hasOwnProperty.call(message, "stringParam")) {
                object.stringParam = message.stringParam;
                if (options.oneofs)
                    object.parameterChoice = "stringParam";
            }
            if (message.doubleParam != null && $Object.hasOwnProperty.call(message, "doubleParam")) {
                object.doubleParam = options.json && !$isFinite(message.doubleParam) ? $String(message.doubleParam) : message.doubleParam;
                if (options.oneofs)
                    object.parameterChoice = "doubleParam";
            }
            if (message.uint64Param != null && $Object.hasOwnProperty.call(message, "uint64Param")) {
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.uint64Param = typeof message.uint64Param === "number" ? $BigInt(message.uint64Param) : $util.Long.fromBits(message.uint64Param.low >>> 0, message.uint64Param.high >>> 0, true).toBigInt();
                else if (typeof message.uint64Param === "number")
                    object.uint64Param = options.longs === $String ? $String(message.uint64Param) : message.uint64Param;
                else
                    object.uint64Param = options.longs === $String ? $util.Long.prototype.toString.call(message.uint64Param) : options.longs === $Number ? new $util.LongBits(message.uint64Param.low >>> 0, message.uint64Param.high >>> 0).toNumber(true) : message.uint64Param;
                if (options.oneofs)
                    object.parameterChoice = "uint64Param";
            }
            return object;
        };

        InferParameter.prototype.toJSON = function() {
            return InferParameter.toObject(this, $protobuf.util.toJSONOptions);
        };

        InferParameter.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/inference.InferParameter";
        };

        return InferParameter;
    })();

    inference.InferTensorContents = (function() {

        const InferTensorContents = function (properties) {
            this.boolContents = [];
            this.intContents = [];
            this.int64Contents = [];
            this.uintContents = [];
            this.uint64Contents = [];
            this.fp32Contents = [];
            this.fp64Contents = [];
            this.bytesContents = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        InferTensorContents.prototype.boolContents = $util.emptyArray;
        InferTensorContents.prototype.intContents = $util.emptyArray;
        InferTensorContents.prototype.int64Contents = $util.emptyArray;
        InferTensorContents.prototype.uintContents = $util.emptyArray;
        InferTensorContents.prototype.uint64Contents = $util.emptyArray;
        InferTensorContents.prototype.fp32Contents = $util.emptyArray;
        InferTensorContents.prototype.fp64Contents = $util.emptyArray;
        InferTensorContents.prototype.bytesContents = $util.emptyArray;

        InferTensorContents.create = function(properties) {
            return new InferTensorContents(properties);
        };

        InferTensorContents.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.boolContents != null && message.boolContents.length)
                writer.uint32(10).bools(message.boolContents);
            if (message.intContents != null && message.intContents.length)
                writer.uint32(18).int32s(message.intContents);
            if (message.int64Contents != null && message.int64Contents.length)
                writer.uint32(26).int64s(message.int64Contents);
            if (message.uintContents != null && message.uintContents.length)
                writer.uint32(34).uint32s(message.uintContents);
            if (message.uint64Contents != null && message.uint64Contents.length)
                writer.uint32(42).uint64s(message.uint64Contents);
            if (message.fp32Contents != null && message.fp32Contents.length)
                writer.uint32(50).floats(message.fp32Contents);
            if (message.fp64Contents != null && message.fp64Contents.length)
                writer.uint32(58).doubles(message.fp64Contents);
            if (message.bytesContents != null && message.bytesContents.length)
                for (let i = 0; i < message.bytesContents.length; ++i)
                    writer.uint32(66).bytes(message.bytesContents[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        InferTensorContents.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.inference.InferTensorContents();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType === 2) {
                            if (!(message.boolContents && message.boolContents.length))
                                message.boolContents = [];
                            reader.bools(message.boolContents);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.boolContents && message.boolContents.length))
                            message.boolContents = [];
                        message.boolContents.push(reader.bool());
                        continue;
                    }
                case 2: {
                        if (wireType === 2) {
                            if (!(message.intContents && message.intContents.length))
                                message.intContents = [];
                            reader.int32s(message.intContents);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.intContents && message.intContents.length))
                            message.intContents = [];
                        message.intContents.push(reader.int32());
                        continue;
                    }
                case 3: {
                        if (wireType === 2) {
                            if (!(message.int64Contents && message.int64Contents.length))
                                message.int64Contents = [];
                            reader.int64s(message.int64Contents);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.int64Contents && message.int64Contents.length))
                            message.int64Contents = [];
                        message.int64Contents.push(reader.int64());
                        continue;
                    }
                case 4: {
                        if (wireType === 2) {
                            if (!(message.uintContents && message.uintContents.length))
                                message.uintContents = [];
                            reader.uint32s(message.uintContents);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.uintContents && message.uintContents.length))
                            message.uintContents = [];
                        message.uintContents.push(reader.uint32());
                        continue;
                    }
                case 5: {
                        if (wireType === 2) {
                            if (!(message.uint64Contents && message.uint64Contents.length))
                                message.uint64Contents = [];
                            reader.uint64s(message.uint64Contents);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.uint64Contents && message.uint64Contents.length))
                            message.uint64Contents = [];
                        message.uint64Contents.push(reader.uint64());
                        continue;
                    }
                case 6: {
                        if (wireType === 2) {
                            if (!(message.fp32Contents && message.fp32Contents.length))
                                message.fp32Contents = [];
                            reader.floats(message.fp32Contents);
                            continue;
                        }
                        if (wireType !== 5)
                            break;
                        if (!(message.fp32Contents && message.fp32Contents.length))
                            message.fp32Contents = [];
                        message.fp32Contents.push(reader.float());
                        continue;
                    }
                case 7: {
                        if (wireType === 2) {
                            if (!(message.fp64Contents && message.fp64Contents.length))
                                message.fp64Contents = [];
                            reader.doubles(message.fp64Contents);
                            continue;
                        }
                        if (wireType !== 1)
                            break;
                        if (!(message.fp64Contents && message.fp64Contents.length))
                            message.fp64Contents = [];
                        message.fp64Contents.push(reader.double());
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if (!(message.bytesContents && message.bytesContents.length))
                            message.bytesContents = [];
                        message.bytesContents.push(reader.bytes());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        InferTensorContents.fromObject = function (object, _depth) {
            if (object instanceof $root.inference.InferTensorContents)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".inference.InferTensorContents: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.inference.InferTensorContents();
            if (object.boolContents) {
                if (!$Array.isArray(object.boolContents))
                    throw $TypeError(".inference.InferTensorContents.boolContents: array expected");
                message.boolContents = $Array(object.boolContents.length);
                for (let i = 0; i < object.boolContents.length; ++i)
                    message.boolContents[i] = $Boolean(object.boolContents[i]);
            }
            if (object.intContents) {
                if (!$Array.isArray(object.intContents))
                    throw $TypeError(".inference.InferTensorContents.intContents: array expected");
                message.intContents = $Array(object.intContents.length);
                for (let i = 0; i < object.intContents.length; ++i)
                    message.intContents[i] = object.intContents[i] | 0;
            }
            if (object.int64Contents) {
                if (!$Array.isArray(object.int64Contents))
                    throw $TypeError(".inference.InferTensorContents.int64Contents: array expected");
                message.int64Contents = $Array(object.int64Contents.length);
                for (let i = 0; i < object.int64Contents.length; ++i)
                    if ($util.Long)
                        message.int64Contents[i] = $util.Long.fromValue(object.int64Contents[i], false);
                    else if (typeof object.int64Contents[i] === "string")
                        message.int64Contents[i] = $parseInt(object.int64Contents[i], 10);
                    else if (typeof object.int64Contents[i] === "number")
                        message.int64Contents[i] = object.int64Contents[i];
                    else if (typeof object.int64Contents[i] === "object")
                        message.int64Contents[i] = new $util.LongBits(object.int64Contents[i].low >>> 0, object.int64Contents[i].high >>> 0).toNumber();
            }
            if (object.uintContents) {
                if (!$Array.isArray(object.uintContents))
                    throw $TypeError(".inference.InferTensorContents.uintContents: array expected");
                message.uintContents = $Array(object.uintContents.length);
                for (let i = 0; i < object.uintContents.length; ++i)
                    message.uintContents[i] = object.uintContents[i] >>> 0;
            }
            if (object.uint64Contents) {
                if (!$Array.isArray(object.uint64Contents))
                    throw $TypeError(".inference.InferTensorContents.uint64Contents: array expected");
                message.uint64Contents = $Array(object.uint64Contents.length);
                for (let i = 0; i < object.uint64Contents.length; ++i)
                    if ($util.Long)
                        message.uint64Contents[i] = $util.Long.fromValue(object.uint64Contents[i], true);
                    else if (typeof object.uint64Contents[i] === "string")
                        message.uint64Contents[i] = $parseInt(object.uint64Contents[i], 10);
                    else if (typeof object.uint64Contents[i] === "number")
                        message.uint64Contents[i] = object.uint64Contents[i];
                    else if (typeof object.uint64Contents[i] === "object")
                        message.uint64Contents[i] = new $util.LongBits(object.uint64Contents[i].low >>> 0, object.uint64Contents[i].high >>> 0).toNumber(true);
            }
            if (object.fp32Contents) {
                if (!$Array.isArray(object.fp32Contents))
                    throw $TypeError(".inference.InferTensorContents.fp32Contents: array expected");
                message.fp32Contents = $Array(object.fp32Contents.length);
                for (let i = 0; i < object.fp32Contents.length; ++i)
                    message.fp32Contents[i] = $Number(object.fp32Contents[i]);
            }
            if (object.fp64Contents) {
                if (!$Array.isArray(object.fp64Contents))
                    throw $TypeError(".inference.InferTensorContents.fp64Contents: array expected");
                message.fp64Contents = $Array(object.fp64Contents.length);
                for (let i = 0; i < object.fp64Contents.length; ++i)
                    message.fp64Contents[i] = $Number(object.fp64Contents[i]);
            }
            if (object.bytesContents) {
                if (!$Array.isArray(object.bytesContents))
                    throw $TypeError(".inference.InferTensorContents.bytesContents: array expected");
                message.bytesContents = $Array(object.bytesContents.length);
                for (let i = 0; i < object.bytesContents.length; ++i)
                    if (typeof object.bytesContents[i] === "string")
                        $util.base64.decode(object.bytesContents[i], message.bytesContents[i] = $util.newBuffer($util.base64.length(object.bytesContents[i])), 0);
                    else if (object.bytesContents[i].length >= 0)
                        message.bytesContents[i] = object.bytesContents[i];
            }
            return message;
        };

        InferTensorContents.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.boolContents = [];
                object.intContents = [];
                object.int64Contents = [];
                object.uintContents = [];
                object.uint64Contents = [];
                object.fp32Contents = [];
                object.fp64Contents = [];
                object.bytesContents = [];
            }
            if (message.boolContents && message.boolContents.length) {
                object.boolContents = $Array(message.boolContents.length);
                for (let j = 0; j < message.boolContents.length; ++j)
                    object.boolContents[j] = message.boolContents[j];
            }
            if (message.intContents && message.intContents.length) {
                object.intContents = $Array(message.intContents.length);
                for (let j = 0; j < message.intContents.length; ++j)
                    object.intContents[j] = message.intContents[j];
            }
            if (message.int64Contents && message.int64Contents.length) {
                object.int64Contents = $Array(message.int64Contents.length);
                for (let j = 0; j < message.int64Contents.length; ++j)
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.int64Contents[j] = typeof message.int64Contents[j] === "number" ? $BigInt(message.int64Contents[j]) : $util.Long.fromBits(message.int64Contents[j].low >>> 0, message.int64Contents[j].high >>> 0, false).toBigInt();
                    else if (typeof message.int64Contents[j] === "number")
                        object.int64Contents[j] = options.longs === $String ? $String(message.int64Contents[j]) : message.int64Contents[j];
                    else
                        object.int64Contents[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.int64Contents[j]) : options.longs === $Number ? new $util.LongBits(message.int64Contents[j].low >>> 0, message.int64Contents[j].high >>> 0).toNumber() : message.int64Contents[j];
            }
            if (message.uintContents && message.uintContents.length) {
                object.uintContents = $Array(message.uintContents.length);
                for (let j = 0; j < message.uintContents.length; ++j)
                    object.uintContents[j] = message.uintContents[j];
            }
            if (message.uint64Contents && message.uint64Contents.length) {
                object.uint64Contents = $Array(message.uint64Contents.length);
                for (let j = 0; j < message.uint64Contents.length; ++j)
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.uint64Contents[j] = typeof message.uint64Contents[j] === "number" ? $BigInt(message.uint64Contents[j]) : $util.Long.fromBits(message.uint64Contents[j].low >>> 0, message.uint64Contents[j].high >>> 0, true).toBigInt();
                    else if (typeof message.uint64Contents[j] === "number")
                        object.uint64Contents[j] = options.longs === $String ? $String(message.uint64Contents[j]) : message.uint64Contents[j];
                    else
                        object.uint64Contents[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.uint64Contents[j]) : options.longs === $Number ? new $util.LongBits(message.uint64Contents[j].low >>> 0, message.uint64Contents[j].high >>> 0).toNumber(true) : message.uint64Contents[j];
            }
            if (message.fp32Contents && message.fp32Contents.length) {
                object.fp32Contents = $Array(message.fp32Contents.length);
                for (let j = 0; j < message.fp32Contents.length; ++j)
                    object.fp32Contents[j] = options.json && !$isFinite(message.fp32Contents[j]) ? $String(message.fp32Contents[j]) : message.fp32Contents[j];
            }
            if (message.fp64Contents && message.fp64Contents.length) {
                object.fp64Contents = $Array(message.fp64Contents.length);
                for (let j = 0; j < message.fp64Contents.length; ++j)
                    object.fp64Contents[j] = options.json && !$isFinite(message.fp64Contents[j]) ? $String(message.fp64Contents[j]) : message.fp64Contents[j];
            }
            if (message.bytesContents && message.bytesContents.length) {
                object.bytesContents = $Array(message.bytesContents.length);
                for (let j = 0; j < message.bytesContents.length; ++j)
                    object.bytesContents[j] = options.bytes === $String ? $util.base64.encode(message.bytesContents[j], 0, message.bytesContents[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.bytesContents[j]) : message.bytesContents[j];
            }
            return object;
        };

        InferTensorContents.prototype.toJSON = function() {
            return InferTensorContents.toObject(this, $protobuf.util.toJSONOptions);
        };

        InferTensorContents.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/inference.InferTensorContents";
        };

        return InferTensorContents;
    })();

    inference.ModelInferRequest = (function() {

        const ModelInferRequest = function (properties) {
            this.parameters = {};
            this.inputs = [];
            this.outputs = [];
            this.rawInputContents = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ModelInferRequest.prototype.modelName = "";
        ModelInferRequest.prototype.modelVersion = "";
        ModelInferRequest.prototype.id = "";
        ModelInferRequest.prototype.parameters = $util.emptyObject;
        ModelInferRequest.prototype.inputs = $util.emptyArray;
        ModelInferRequest.prototype.outputs = $util.emptyArray;
        ModelInferRequest.prototype.rawInputContents = $util.emptyArray;

        ModelInferRequest.create = function(properties) {
            return new ModelInferRequest(properties);
        };

        ModelInferRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.modelName != null && $Object.hasOwnProperty.call(message, "modelName") && message.modelName !== "")
                writer.uint32(10).string(message.modelName);
            if (message.modelVersion != null && $Object.hasOwnProperty.call(message, "modelVersion") && message.modelVersion !== "")
                writer.uint32(18).string(message.modelVersion);
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                writer.uint32(26).string(message.id);
            if (message.parameters != null && $Object.hasOwnProperty.call(message, "parameters"))
                for (let keys = $Object.keys(message.parameters), i = 0; i < keys.length; ++i) {
                    writer.uint32(34).fork().uint32(10).string(keys[i]);
                    $root.inference.InferParameter.encode(message.parameters[keys[i]], writer.uint32(18).fork(), _depth + 1).ldelim().ldelim();
                }
            if (message.inputs != null && message.inputs.length)
                for (let i = 0; i < message.inputs.length; ++i)
                    $root.inference.ModelInferRequest.InferInputTensor.encode(message.inputs[i], writer.uint32(42).fork(), _depth + 1).ldelim();
            if (message.outputs != null && message.outputs.length)
                for (let i = 0; i < message.outputs.length; ++i)
                    $root.inference.ModelInferRequest.InferRequestedOutputTensor.encode(message.outputs[i], writer.uint32(50).fork(), _depth + 1).ldelim();
            if (message.rawInputContents != null && message.rawInputContents.length)
                for (let i = 0; i < message.rawInputContents.length; ++i)
                    writer.uint32(58).bytes(message.rawInputContents[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ModelInferRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, key, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.inference.ModelInferRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.modelName = value;
                        else
                            delete message.modelName;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.modelVersion = value;
                        else
                            delete message.modelVersion;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.id = value;
                        else
                            delete message.id;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (message.parameters === $util.emptyObject)
                            message.parameters = {};
                        let end2 = reader.size() + reader.pos;
                        if (end2 > reader.len)
                            throw $RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = null;
                        while (reader.pos < end2) {
                            let tag2 = reader.tag();
                            wireType = tag2 & 7;
                            switch (tag2 >>>= 3) {
                            case 1:
                                if (wireType !== 2)
                                    break;
                                key = reader.stringVerify();
                                continue;
                            case 2:
                                if (wireType !== 2)
                                    break;
                                value = $root.inference.InferParameter.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.parameters, key);
                        message.parameters[key] = value || new $root.inference.InferParameter();
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.inputs && message.inputs.length))
                            message.inputs = [];
                        message.inputs.push($root.inference.ModelInferRequest.InferInputTensor.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if (!(message.outputs && message.outputs.length))
                            message.outputs = [];
                        message.outputs.push($root.inference.ModelInferRequest.InferRequestedOutputTensor.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if (!(message.rawInputContents && message.rawInputContents.length))
                            message.rawInputContents = [];
                        message.rawInputContents.push(reader.bytes());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ModelInferRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.inference.ModelInferRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".inference.ModelInferRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.inference.ModelInferRequest();
            if (object.modelName != null)
                if (typeof object.modelName !== "string" || object.modelName.length)
                    message.modelName = $String(object.modelName);
            if (object.modelVersion != null)
                if (typeof object.modelVersion !== "string" || object.modelVersion.length)
                    message.modelVersion = $String(object.modelVersion);
            if (object.id != null)
                if (typeof object.id !== "string" || object.id.length)
                    message.id = $String(object.id);
            if (object.parameters) {
                if (!$util.isObject(object.parameters))
                    throw $TypeError(".inference.ModelInferRequest.parameters: object expected");
                message.parameters = {};
                for (let keys = $Object.keys(object.parameters), i = 0; i < keys.length; ++i) {
                    if (keys[i] === "__proto__")
                        $util.makeProp(message.parameters, keys[i]);
                    if (!$util.isObject(object.parameters[keys[i]]))
                        throw $TypeError(".inference.ModelInferRequest.parameters: object expected");
                    message.parameters[keys[i]] = $root.inference.InferParameter.fromObject(object.parameters[keys[i]], _depth + 1);
                }
            }
            if (object.inputs) {
                if (!$Array.isArray(object.inputs))
                    throw $TypeError(".inference.ModelInferRequest.inputs: array expected");
                message.inputs = $Array(object.inputs.length);
                for (let i = 0; i < object.inputs.length; ++i) {
                    if (!$util.isObject(object.inputs[i]))
                        throw $TypeError(".inference.ModelInferRequest.inputs: object expected");
                    message.inputs[i] = $root.inference.ModelInferRequest.InferInputTensor.fromObject(object.inputs[i], _depth + 1);
                }
            }
            if (object.outputs) {
                if (!$Array.isArray(object.outputs))
                    throw $TypeError(".inference.ModelInferRequest.outputs: array expected");
                message.outputs = $Array(object.outputs.length);
                for (let i = 0; i < object.outputs.length; ++i) {
                    if (!$util.isObject(object.outputs[i]))
                        throw $TypeError(".inference.ModelInferRequest.outputs: object expected");
                    message.outputs[i] = $root.inference.ModelInferRequest.InferRequestedOutputTensor.fromObject(object.outputs[i], _depth + 1);
                }
            }
            if (object.rawInputContents) {
                if (!$Array.isArray(object.rawInputContents))
                    throw $TypeError(".inference.ModelInferRequest.rawInputContents: array expected");
                message.rawInputContents = $Array(object.rawInputContents.length);
                for (let i = 0; i < object.rawInputContents.length; ++i)
                    if (typeof object.rawInputContents[i] === "string")
                        $util.base64.decode(object.rawInputContents[i], message.rawInputContents[i] = $util.newBuffer($util.base64.length(object.rawInputContents[i])), 0);
                    else if (object.rawInputContents[i].length >= 0)
                        message.rawInputContents[i] = object.rawInputContents[i];
            }
            return message;
        };

        ModelInferRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.inputs = [];
                object.outputs = [];
                object.rawInputContents = [];
            }
            if (options.objects || options.defaults)
                object.parameters = {};
            if (options.defaults) {
                object.modelName = "";
                object.modelVersion = "";
                object.id = "";
            }
            if (message.modelName != null && $Object.hasOwnProperty.call(message, "modelName"))
                object.modelName = message.modelName;
            if (message.modelVersion != null && $Object.hasOwnProperty.call(message, "modelVersion"))
                object.modelVersion = message.modelVersion;
            if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                object.id = message.id;
            let keys2;
            if (message.parameters && (keys2 = $Object.keys(message.parameters)).length) {
                object.parameters = {};
                for (let j = 0; j < keys2.length; ++j) {
                    if (keys2[j] === "__proto__")
                        $util.makeProp(object.parameters, keys2[j]);
                    object.parameters[keys2[j]] = $root.inference.InferParameter.toObject(message.parameters[keys2[j]], options, _depth + 1);
                }
            }
            if (message.inputs && message.inputs.length) {
                object.inputs = $Array(message.inputs.length);
                for (let j = 0; j < message.inputs.length; ++j)
                    object.inputs[j] = $root.inference.ModelInferRequest.InferInputTensor.toObject(message.inputs[j], options, _depth + 1);
            }
            if (message.outputs && message.outputs.length) {
                object.outputs = $Array(message.outputs.length);
                for (let j = 0; j < message.outputs.length; ++j)
                    object.outputs[j] = $root.inference.ModelInferRequest.InferRequestedOutputTensor.toObject(message.outputs[j], options, _depth + 1);
            }
            if (message.rawInputContents && message.rawInputContents.length) {
                object.rawInputContents = $Array(message.rawInputContents.length);
                for (let j = 0; j < message.rawInputContents.length; ++j)
                    object.rawInputContents[j] = options.bytes === $String ? $util.base64.encode(message.rawInputContents[j], 0, message.rawInputContents[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.rawInputContents[j]) : message.rawInputContents[j];
            }
            return object;
        };

        ModelInferRequest.prototype.toJSON = function() {
            return ModelInferRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        ModelInferRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/inference.ModelInferRequest";
        };

        ModelInferRequest.InferInputTensor = (function() {

            const InferInputTensor = function (properties) {
                this.shape = [];
                this.parameters = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            InferInputTensor.prototype.name = "";
            InferInputTensor.prototype.datatype = "";
            InferInputTensor.prototype.shape = $util.emptyArray;
            InferInputTensor.prototype.parameters = $util.emptyObject;
            InferInputTensor.prototype.contents = null;

            InferInputTensor.create = function(properties) {
                return new InferInputTensor(properties);
            };

            InferInputTensor.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(10).string(message.name);
                if (message.datatype != null && $Object.hasOwnProperty.call(message, "datatype") && message.datatype !== "")
                    writer.uint32(18).string(message.datatype);
                if (message.shape != null && message.shape.length)
                    writer.uint32(26).int64s(message.shape);
                if (message.parameters != null && $Object.hasOwnProperty.call(message, "parameters"))
                    for (let keys = $Object.keys(message.parameters), i = 0; i < keys.length; ++i) {
                        writer.uint32(34).fork().uint32(10).string(keys[i]);
                        $root.inference.InferParameter.encode(message.parameters[keys[i]], writer.uint32(18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.contents != null && $Object.hasOwnProperty.call(message, "contents"))
                    $root.inference.InferTensorContents.encode(message.contents, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            InferInputTensor.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.inference.ModelInferRequest.InferInputTensor();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.datatype = value;
                            else
                                delete message.datatype;
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.shape && message.shape.length))
                                    message.shape = [];
                                reader.int64s(message.shape);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.shape && message.shape.length))
                                message.shape = [];
                            message.shape.push(reader.int64());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (message.parameters === $util.emptyObject)
                                message.parameters = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.inference.InferParameter.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.parameters, key);
                            message.parameters[key] = value || new $root.inference.InferParameter();
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.contents = $root.inference.InferTensorContents.decode(reader, reader.size(), $undefined, _depth + 1, message.contents);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            InferInputTensor.fromObject = function (object, _depth) {
                if (object instanceof $root.inference.ModelInferRequest.InferInputTensor)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".inference.ModelInferRequest.InferInputTensor: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.inference.ModelInferRequest.InferInputTensor();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.datatype != null)
                    if (typeof object.datatype !== "string" || object.datatype.length)
                        message.datatype = $String(object.datatype);
                if (object.shape) {
                    if (!$Array.isArray(object.shape))
                        throw $TypeError(".inference.ModelInferRequest.InferInputTensor.shape: array expected");
                    message.shape = $Array(object.shape.length);
                    for (let i = 0; i < object.shape.length; ++i)
                        if ($util.Long)
                            message.shape[i] = $util.Long.fromValue(object.shape[i], false);
                        else if (typeof object.shape[i] === "string")
                            message.shape[i] = $parseInt(object.shape[i], 10);
                        else if (typeof object.shape[i] === "number")
                            message.shape[i] = object.shape[i];
                        else if (typeof object.shape[i] === "object")
                            message.shape[i] = new $util.LongBits(object.shape[i].low >>> 0, object.shape[i].high >>> 0).toNumber();
                }
                if (object.parameters) {
                    if (!$util.isObject(object.parameters))
                        throw $TypeError(".inference.ModelInferRequest.InferInputTensor.parameters: object expected");
                    message.parameters = {};
                    for (let keys = $Object.keys(object.parameters), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.parameters, keys[i]);
                        if (!$util.isObject(object.parameters[keys[i]]))
                            throw $TypeError(".inference.ModelInferRequest.InferInputTensor.parameters: object expected");
                        message.parameters[keys[i]] = $root.inference.InferParameter.fromObject(object.parameters[keys[i]], _depth + 1);
                    }
                }
                if (object.contents != null) {
                    if (!$util.isObject(object.contents))
                        throw $TypeError(".inference.ModelInferRequest.InferInputTensor.contents: object expected");
                    message.contents = $root.inference.InferTensorContents.fromObject(object.contents, _depth + 1);
                }
                return message;
            };

            InferInputTensor.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.shape = [];
                if (options.objects || options.defaults)
                    object.parameters = {};
                if (options.defaults) {
                    object.name = "";
                    object.datatype = "";
                    object.contents = null;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.datatype != null && $Object.hasOwnProperty.call(message, "datatype"))
                    object.datatype = message.datatype;
                if (message.shape && message.shape.length) {
                    object.shape = $Array(message.shape.length);
                    for (let j = 0; j < message.shape.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.shape[j] = typeof message.shape[j] === "number" ? $BigInt(message.shape[j]) : $util.Long.fromBits(message.shape[j].low >>> 0, message.shape[j].high >>> 0, false).toBigInt();
                        else if (typeof message.shape[j] === "number")
                            object.shape[j] = options.longs === $String ? $String(message.shape[j]) : message.shape[j];
                        else
                            object.shape[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.shape[j]) : options.longs === $Number ? new $util.LongBits(message.shape[j].low >>> 0, message.shape[j].high >>> 0).toNumber() : message.shape[j];
                }
                let keys2;
                if (message.parameters && (keys2 = $Object.keys(message.parameters)).length) {
                    object.parameters = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.parameters, keys2[j]);
                        object.parameters[keys2[j]] = $root.inference.InferParameter.toObject(message.parameters[keys2[j]], options, _depth + 1);
                    }
                }
                if (message.contents != null && $Object.hasOwnProperty.call(message, "contents"))
                    object.contents = $root.inference.InferTensorContents.toObject(message.contents, options, _depth + 1);
                return object;
            };

            InferInputTensor.prototype.toJSON = function() {
                return InferInputTensor.toObject(this, $protobuf.util.toJSONOptions);
            };

            InferInputTensor.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/inference.ModelInferRequest.InferInputTensor";
            };

            return InferInputTensor;
        })();

        ModelInferRequest.InferRequestedOutputTensor = (function() {

            const InferRequestedOutputTensor = function (properties) {
                this.parameters = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            InferRequestedOutputTensor.prototype.name = "";
            InferRequestedOutputTensor.prototype.parameters = $util.emptyObject;

            InferRequestedOutputTensor.create = function(properties) {
                return new InferRequestedOutputTensor(properties);
            };

            InferRequestedOutputTensor.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(10).string(message.name);
                if (message.parameters != null && $Object.hasOwnProperty.call(message, "parameters"))
                    for (let keys = $Object.keys(message.parameters), i = 0; i < keys.length; ++i) {
                        writer.uint32(18).fork().uint32(10).string(keys[i]);
                        $root.inference.InferParameter.encode(message.parameters[keys[i]], writer.uint32(18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            InferRequestedOutputTensor.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.inference.ModelInferRequest.InferRequestedOutputTensor();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (message.parameters === $util.emptyObject)
                                message.parameters = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.inference.InferParameter.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.parameters, key);
                            message.parameters[key] = value || new $root.inference.InferParameter();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            InferRequestedOutputTensor.fromObject = function (object, _depth) {
                if (object instanceof $root.inference.ModelInferRequest.InferRequestedOutputTensor)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".inference.ModelInferRequest.InferRequestedOutputTensor: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.inference.ModelInferRequest.InferRequestedOutputTensor();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.parameters) {
                    if (!$util.isObject(object.parameters))
                        throw $TypeError(".inference.ModelInferRequest.InferRequestedOutputTensor.parameters: object expected");
                    message.parameters = {};
                    for (let keys = $Object.keys(object.parameters), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.parameters, keys[i]);
                        if (!$util.isObject(object.parameters[keys[i]]))
                            throw $TypeError(".inference.ModelInferRequest.InferRequestedOutputTensor.parameters: object expected");
                        message.parameters[keys[i]] = $root.inference.InferParameter.fromObject(object.parameters[keys[i]], _depth + 1);
                    }
                }
                return message;
            };

            InferRequestedOutputTensor.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.parameters = {};
                if (options.defaults)
                    object.name = "";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                let keys2;
                if (message.parameters && (keys2 = $Object.keys(message.parameters)).length) {
                    object.parameters = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.parameters, keys2[j]);
                        object.parameters[keys2[j]] = $root.inference.InferParameter.toObject(message.parameters[keys2[j]], options, _depth + 1);
                    }
                }
                return object;
            };

            InferRequestedOutputTensor.prototype.toJSON = function() {
                return InferRequestedOutputTensor.toObject(this, $protobuf.util.toJSONOptions);
            };

            InferRequestedOutputTensor.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/inference.ModelInferRequest.InferRequestedOutputTensor";
            };

            return InferRequestedOutputTensor;
        })();

        return ModelInferRequest;
    })();

    inference.ModelInferResponse = (function() {

        const ModelInferResponse = function (properties) {
            this.parameters = {};
            this.outputs = [];
            this.rawOutputContents = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ModelInferResponse.prototype.modelName = "";
        ModelInferResponse.prototype.modelVersion = "";
        ModelInferResponse.prototype.id = "";
        ModelInferResponse.prototype.parameters = $util.emptyObject;
        ModelInferResponse.prototype.outputs = $util.emptyArray;
        ModelInferResponse.prototype.rawOutputContents = $util.emptyArray;

        ModelInferResponse.create = function(properties) {
            return new ModelInferResponse(properties);
        };

        ModelInferResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.modelName != null && $Object.hasOwnProperty.call(message, "modelName") && message.modelName !== "")
                writer.uint32(10).string(message.modelName);
            if (message.modelVersion != null && $Object.hasOwnProperty.call(message, "modelVersion") && message.modelVersion !== "")
                writer.uint32(18).string(message.modelVersion);
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                writer.uint32(26).string(message.id);
            if (message.parameters != null && $Object.hasOwnProperty.call(message, "parameters"))
                for (let keys = $Object.keys(message.parameters), i = 0; i < keys.length; ++i) {
                    writer.uint32(34).fork().uint32(10).string(keys[i]);
                    $root.inference.InferParameter.encode(message.parameters[keys[i]], writer.uint32(18).fork(), _depth + 1).ldelim().ldelim();
                }
            if (message.outputs != null && message.outputs.length)
                for (let i = 0; i < message.outputs.length; ++i)
                    $root.inference.ModelInferResponse.InferOutputTensor.encode(message.outputs[i], writer.uint32(42).fork(), _depth + 1).ldelim();
            if (message.rawOutputContents != null && message.rawOutputContents.length)
                for (let i = 0; i < message.rawOutputContents.length; ++i)
                    writer.uint32(50).bytes(message.rawOutputContents[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ModelInferResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, key, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.inference.ModelInferResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.modelName = value;
                        else
                            delete message.modelName;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.modelVersion = value;
                        else
                            delete message.modelVersion;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.id = value;
                        else
                            delete message.id;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (message.parameters === $util.emptyObject)
                            message.parameters = {};
                        let end2 = reader.size() + reader.pos;
                        if (end2 > reader.len)
                            throw $RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = null;
                        while (reader.pos < end2) {
                            let tag2 = reader.tag();
                            wireType = tag2 & 7;
                            switch (tag2 >>>= 3) {
                            case 1:
                                if (wireType !== 2)
                                    break;
                                key = reader.stringVerify();
                                continue;
                            case 2:
                                if (wireType !== 2)
                                    break;
                                value = $root.inference.InferParameter.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.parameters, key);
                        message.parameters[key] = value || new $root.inference.InferParameter();
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.outputs && message.outputs.length))
                            message.outputs = [];
                        message.outputs.push($root.inference.ModelInferResponse.InferOutputTensor.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if (!(message.rawOutputContents && message.rawOutputContents.length))
                            message.rawOutputContents = [];
                        message.rawOutputContents.push(reader.bytes());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ModelInferResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.inference.ModelInferResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".inference.ModelInferResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.inference.ModelInferResponse();
            if (object.modelName != null)
                if (typeof object.modelName !== "string" || object.modelName.length)
                    message.modelName = $String(object.modelName);
            if (object.modelVersion != null)
                if (typeof object.modelVersion !== "string" || object.modelVersion.length)
                    message.modelVersion = $String(object.modelVersion);
            if (object.id != null)
                if (typeof object.id !== "string" || object.id.length)
                    message.id = $String(object.id);
            if (object.parameters) {
                if (!$util.isObject(object.parameters))
                    throw $TypeError(".inference.ModelInferResponse.parameters: object expected");
                message.parameters = {};
                for (let keys = $Object.keys(object.parameters), i = 0; i < keys.length; ++i) {
                    if (keys[i] === "__proto__")
                        $util.makeProp(message.parameters, keys[i]);
                    if (!$util.isObject(object.parameters[keys[i]]))
                        throw $TypeError(".inference.ModelInferResponse.parameters: object expected");
                    message.parameters[keys[i]] = $root.inference.InferParameter.fromObject(object.parameters[keys[i]], _depth + 1);
                }
            }
            if (object.outputs) {
                if (!$Array.isArray(object.outputs))
                    throw $TypeError(".inference.ModelInferResponse.outputs: array expected");
                message.outputs = $Array(object.outputs.length);
                for (let i = 0; i < object.outputs.length; ++i) {
                    if (!$util.isObject(object.outputs[i]))
                        throw $TypeError(".inference.ModelInferResponse.outputs: object expected");
                    message.outputs[i] = $root.inference.ModelInferResponse.InferOutputTensor.fromObject(object.outputs[i], _depth + 1);
                }
            }
            if (object.rawOutputContents) {
                if (!$Array.isArray(object.rawOutputContents))
                    throw $TypeError(".inference.ModelInferResponse.rawOutputContents: array expected");
                message.rawOutputContents = $Array(object.rawOutputContents.length);
                for (let i = 0; i < object.rawOutputContents.length; ++i)
                    if (typeof object.rawOutputContents[i] === "string")
                        $util.base64.decode(object.rawOutputContents[i], message.rawOutputContents[i] = $util.newBuffer($util.base64.length(object.rawOutputContents[i])), 0);
                    else if (object.rawOutputContents[i].length >= 0)
                        message.rawOutputContents[i] = object.rawOutputContents[i];
            }
            return message;
        };

        ModelInferResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.outputs = [];
                object.rawOutputContents = [];
            }
            if (options.objects || options.defaults)
                object.parameters = {};
            if (options.defaults) {
                object.modelName = "";
                object.modelVersion = "";
                object.id = "";
            }
            if (message.modelName != null && $Object.hasOwnProperty.call(message, "modelName"))
                object.modelName = message.modelName;
            if (message.modelVersion != null && $Object.hasOwnProperty.call(message, "modelVersion"))
                object.modelVersion = message.modelVersion;
            if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                object.id = message.id;
            let keys2;
            if (message.parameters && (keys2 = $Object.keys(message.parameters)).length) {
                object.parameters = {};
                for (let j = 0; j < keys2.length; ++j) {
                    if (keys2[j] === "__proto__")
                        $util.makeProp(object.parameters, keys2[j]);
                    object.parameters[keys2[j]] = $root.inference.InferParameter.toObject(message.parameters[keys2[j]], options, _depth + 1);
                }
            }
            if (message.outputs && message.outputs.length) {
                object.outputs = $Array(message.outputs.length);
                for (let j = 0; j < message.outputs.length; ++j)
                    object.outputs[j] = $root.inference.ModelInferResponse.InferOutputTensor.toObject(message.outputs[j], options, _depth + 1);
            }
            if (message.rawOutputContents && message.rawOutputContents.length) {
                object.rawOutputContents = $Array(message.rawOutputContents.length);
                for (let j = 0; j < message.rawOutputContents.length; ++j)
                    object.rawOutputContents[j] = options.bytes === $String ? $util.base64.encode(message.rawOutputContents[j], 0, message.rawOutputContents[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.rawOutputContents[j]) : message.rawOutputContents[j];
            }
            return object;
        };

        ModelInferResponse.prototype.toJSON = function() {
            return ModelInferResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        ModelInferResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/inference.ModelInferResponse";
        };

        ModelInferResponse.InferOutputTensor = (function() {

            const InferOutputTensor = function (properties) {
                this.shape = [];
                this.parameters = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            InferOutputTensor.prototype.name = "";
            InferOutputTensor.prototype.datatype = "";
            InferOutputTensor.prototype.shape = $util.emptyArray;
            InferOutputTensor.prototype.parameters = $util.emptyObject;
            InferOutputTensor.prototype.contents = null;

            InferOutputTensor.create = function(properties) {
                return new InferOutputTensor(properties);
            };

            InferOutputTensor.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(10).string(message.name);
                if (message.datatype != null && $Object.hasOwnProperty.call(message, "datatype") && message.datatype !== "")
                    writer.uint32(18).string(message.datatype);
                if (message.shape != null && message.shape.length)
                    writer.uint32(26).int64s(message.shape);
                if (message.parameters != null && $Object.hasOwnProperty.call(message, "parameters"))
                    for (let keys = $Object.keys(message.parameters), i = 0; i < keys.length; ++i) {
                        writer.uint32(34).fork().uint32(10).string(keys[i]);
                        $root.inference.InferParameter.encode(message.parameters[keys[i]], writer.uint32(18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.contents != null && $Object.hasOwnProperty.call(message, "contents"))
                    $root.inference.InferTensorContents.encode(message.contents, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            InferOutputTensor.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.inference.ModelInferResponse.InferOutputTensor();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.datatype = value;
                            else
                                delete message.datatype;
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.shape && message.shape.length))
                                    message.shape = [];
                                reader.int64s(message.shape);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.shape && message.shape.length))
                                message.shape = [];
                            message.shape.push(reader.int64());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (message.parameters === $util.emptyObject)
                                message.parameters = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.inference.InferParameter.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.parameters, key);
                            message.parameters[key] = value || new $root.inference.InferParameter();
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.contents = $root.inference.InferTensorContents.decode(reader, reader.size(), $undefined, _depth + 1, message.contents);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            InferOutputTensor.fromObject = function (object, _depth) {
                if (object instanceof $root.inference.ModelInferResponse.InferOutputTensor)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".inference.ModelInferResponse.InferOutputTensor: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.inference.ModelInferResponse.InferOutputTensor();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.datatype != null)
                    if (typeof object.datatype !== "string" || object.datatype.length)
                        message.datatype = $String(object.datatype);
                if (object.shape) {
                    if (!$Array.isArray(object.shape))
                        throw $TypeError(".inference.ModelInferResponse.InferOutputTensor.shape: array expected");
                    message.shape = $Array(object.shape.length);
                    for (let i = 0; i < object.shape.length; ++i)
                        if ($util.Long)
                            message.shape[i] = $util.Long.fromValue(object.shape[i], false);
                        else if (typeof object.shape[i] === "string")
                            message.shape[i] = $parseInt(object.shape[i], 10);
                        else if (typeof object.shape[i] === "number")
                            message.shape[i] = object.shape[i];
                        else if (typeof object.shape[i] === "object")
                            message.shape[i] = new $util.LongBits(object.shape[i].low >>> 0, object.shape[i].high >>> 0).toNumber();
                }
                if (object.parameters) {
                    if (!$util.isObject(object.parameters))
                        throw $TypeError(".inference.ModelInferResponse.InferOutputTensor.parameters: object expected");
                    message.parameters = {};
                    for (let keys = $Object.keys(object.parameters), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.parameters, keys[i]);
                        if (!$util.isObject(object.parameters[keys[i]]))
                            throw $TypeError(".inference.ModelInferResponse.InferOutputTensor.parameters: object expected");
                        message.parameters[keys[i]] = $root.inference.InferParameter.fromObject(object.parameters[keys[i]], _depth + 1);
                    }
                }
                if (object.contents != null) {
                    if (!$util.isObject(object.contents))
                        throw $TypeError(".inference.ModelInferResponse.InferOutputTensor.contents: object expected");
                    message.contents = $root.inference.InferTensorContents.fromObject(object.contents, _depth + 1);
                }
                return message;
            };

            InferOutputTensor.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.shape = [];
                if (options.objects || options.defaults)
                    object.parameters = {};
                if (options.defaults) {
                    object.name = "";
                    object.datatype = "";
                    object.contents = null;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.datatype != null && $Object.hasOwnProperty.call(message, "datatype"))
                    object.datatype = message.datatype;
                if (message.shape && message.shape.length) {
                    object.shape = $Array(message.shape.length);
                    for (let j = 0; j < message.shape.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.shape[j] = typeof message.shape[j] === "number" ? $BigInt(message.shape[j]) : $util.Long.fromBits(message.shape[j].low >>> 0, message.shape[j].high >>> 0, false).toBigInt();
                        else if (typeof message.shape[j] === "number")
                            object.shape[j] = options.longs === $String ? $String(message.shape[j]) : message.shape[j];
                        else
                            object.shape[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.shape[j]) : options.longs === $Number ? new $util.LongBits(message.shape[j].low >>> 0, message.shape[j].high >>> 0).toNumber() : message.shape[j];
                }
                let keys2;
                if (message.parameters && (keys2 = $Object.keys(message.parameters)).length) {
                    object.parameters = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.parameters, keys2[j]);
                        object.parameters[keys2[j]] = $root.inference.InferParameter.toObject(message.parameters[keys2[j]], options, _depth + 1);
                    }
                }
                if (message.contents != null && $Object.hasOwnProperty.call(message, "contents"))
                    object.contents = $root.inference.InferTensorContents.toObject(message.contents, options, _depth + 1);
                return object;
            };

            InferOutputTensor.prototype.toJSON = function() {
                return InferOutputTensor.toObject(this, $protobuf.util.toJSONOptions);
            };

            InferOutputTensor.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/inference.ModelInferResponse.InferOutputTensor";
            };

            return InferOutputTensor;
        })();

        return ModelInferResponse;
    })();

    inference.ModelStreamInferResponse = (function() {

        const ModelStreamInferResponse = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ModelStreamInferResponse.prototype.errorMessage = "";
        ModelStreamInferResponse.prototype.inferResponse = null;

        ModelStreamInferResponse.create = function(properties) {
            return new ModelStreamInferResponse(properties);
        };

        ModelStreamInferResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage") && message.errorMessage !== "")
                writer.uint32(10).string(message.errorMessage);
            if (message.inferResponse != null && $Object.hasOwnProperty.call(message, "inferResponse"))
                $root.inference.ModelInferResponse.encode(message.inferResponse, writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ModelStreamInferResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.inference.ModelStreamInferResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.errorMessage = value;
                        else
                            delete message.errorMessage;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.inferResponse = $root.inference.ModelInferResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.inferResponse);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ModelStreamInferResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.inference.ModelStreamInferResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".inference.ModelStreamInferResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.inference.ModelStreamInferResponse();
            if (object.errorMessage != null)
                if (typeof object.errorMessage !== "string" || object.errorMessage.length)
                    message.errorMessage = $String(object.errorMessage);
            if (object.inferResponse != null) {
                if (!$util.isObject(object.inferResponse))
                    throw $TypeError(".inference.ModelStreamInferResponse.inferResponse: object expected");
                message.inferResponse = $root.inference.ModelInferResponse.fromObject(object.inferResponse, _depth + 1);
            }
            return message;
        };

        ModelStreamInferResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.errorMessage = "";
                object.inferResponse = null;
            }
            if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage"))
                object.errorMessage = message.errorMessage;
            if (message.inferResponse != null && $Object.hasOwnProperty.call(message, "inferResponse"))
                object.inferResponse = $root.inference.ModelInferResponse.toObject(message.inferResponse, options, _depth + 1);
            return object;
        };

        ModelStreamInferResponse.prototype.toJSON = function() {
            return ModelStreamInferResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        ModelStreamInferResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/inference.ModelStreamInferResponse";
        };

        return ModelStreamInferResponse;
    })();

    return inference;
})();

export {
  $root as default
};
