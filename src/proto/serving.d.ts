import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace tensorflow. */
export namespace tensorflow {

    /** DataType enum. */
    enum DataType {

        /** DT_INVALID value */
        DT_INVALID = 0,

        /** DT_FLOAT value */
        DT_FLOAT = 1,

        /** DT_DOUBLE value */
        DT_DOUBLE = 2,

        /** DT_INT32 value */
        DT_INT32 = 3,

        /** DT_UINT8 value */
        DT_UINT8 = 4,

        /** DT_INT16 value */
        DT_INT16 = 5,

        /** DT_INT8 value */
        DT_INT8 = 6,

        /** DT_STRING value */
        DT_STRING = 7,

        /** DT_COMPLEX64 value */
        DT_COMPLEX64 = 8,

        /** DT_INT64 value */
        DT_INT64 = 9,

        /** DT_BOOL value */
        DT_BOOL = 10,

        /** DT_QINT8 value */
        DT_QINT8 = 11,

        /** DT_QUINT8 value */
        DT_QUINT8 = 12,

        /** DT_QINT32 value */
        DT_QINT32 = 13,

        /** DT_BFLOAT16 value */
        DT_BFLOAT16 = 14,

        /** DT_QINT16 value */
        DT_QINT16 = 15,

        /** DT_QUINT16 value */
        DT_QUINT16 = 16,

        /** DT_UINT16 value */
        DT_UINT16 = 17,

        /** DT_COMPLEX128 value */
        DT_COMPLEX128 = 18,

        /** DT_HALF value */
        DT_HALF = 19,

        /** DT_RESOURCE value */
        DT_RESOURCE = 20,

        /** DT_VARIANT value */
        DT_VARIANT = 21,

        /** DT_UINT32 value */
        DT_UINT32 = 22,

        /** DT_UINT64 value */
        DT_UINT64 = 23,

        /** DT_FLOAT8_E5M2 value */
        DT_FLOAT8_E5M2 = 24,

        /** DT_FLOAT8_E4M3FN value */
        DT_FLOAT8_E4M3FN = 25,

        /** DT_INT4 value */
        DT_INT4 = 29,

        /** DT_UINT4 value */
        DT_UINT4 = 30,

        /** DT_FLOAT_REF value */
        DT_FLOAT_REF = 101,

        /** DT_DOUBLE_REF value */
        DT_DOUBLE_REF = 102,

        /** DT_INT32_REF value */
        DT_INT32_REF = 103,

        /** DT_UINT8_REF value */
        DT_UINT8_REF = 104,

        /** DT_INT16_REF value */
        DT_INT16_REF = 105,

        /** DT_INT8_REF value */
        DT_INT8_REF = 106,

        /** DT_STRING_REF value */
        DT_STRING_REF = 107,

        /** DT_COMPLEX64_REF value */
        DT_COMPLEX64_REF = 108,

        /** DT_INT64_REF value */
        DT_INT64_REF = 109,

        /** DT_BOOL_REF value */
        DT_BOOL_REF = 110,

        /** DT_BFLOAT16_REF value */
        DT_BFLOAT16_REF = 114,

        /** DT_UINT16_REF value */
        DT_UINT16_REF = 117,

        /** DT_COMPLEX128_REF value */
        DT_COMPLEX128_REF = 118,

        /** DT_HALF_REF value */
        DT_HALF_REF = 119,

        /** DT_RESOURCE_REF value */
        DT_RESOURCE_REF = 120,

        /** DT_VARIANT_REF value */
        DT_VARIANT_REF = 121,

        /** DT_UINT32_REF value */
        DT_UINT32_REF = 122,

        /** DT_UINT64_REF value */
        DT_UINT64_REF = 123
    }

    /**
     * Properties of a TensorShapeProto.
     * @deprecated Use tensorflow.TensorShapeProto.$Properties instead.
     */
    interface ITensorShapeProto extends tensorflow.TensorShapeProto.$Properties {
    }

    /** Represents a TensorShapeProto. */
    class TensorShapeProto {

        /**
         * Constructs a new TensorShapeProto.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.TensorShapeProto.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TensorShapeProto dim. */
        dim: tensorflow.TensorShapeProto.Dim.$Properties[];

        /** TensorShapeProto unknownRank. */
        unknownRank: boolean;

        /**
         * Creates a new TensorShapeProto instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TensorShapeProto instance
         */
        static create(properties: tensorflow.TensorShapeProto.$Shape): tensorflow.TensorShapeProto & tensorflow.TensorShapeProto.$Shape;
        static create(properties?: tensorflow.TensorShapeProto.$Properties): tensorflow.TensorShapeProto;

        /**
         * Encodes the specified TensorShapeProto message. Does not implicitly {@link tensorflow.TensorShapeProto.verify|verify} messages.
         * @param message TensorShapeProto message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.TensorShapeProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TensorShapeProto message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.TensorShapeProto & tensorflow.TensorShapeProto.$Shape} TensorShapeProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.TensorShapeProto & tensorflow.TensorShapeProto.$Shape;

        /**
         * Creates a TensorShapeProto message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TensorShapeProto
         */
        static fromObject(object: { [k: string]: any }): tensorflow.TensorShapeProto;

        /**
         * Creates a plain object from a TensorShapeProto message. Also converts values to other types if specified.
         * @param message TensorShapeProto
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.TensorShapeProto, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TensorShapeProto to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for TensorShapeProto
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace TensorShapeProto {

        /** Properties of a TensorShapeProto. */
        interface $Properties {

            /** TensorShapeProto dim */
            dim?: (tensorflow.TensorShapeProto.Dim.$Properties[]|null);

            /** TensorShapeProto unknownRank */
            unknownRank?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TensorShapeProto. */
        type $Shape = tensorflow.TensorShapeProto.$Properties;

        /**
         * Properties of a Dim.
         * @deprecated Use tensorflow.TensorShapeProto.Dim.$Properties instead.
         */
        interface IDim extends tensorflow.TensorShapeProto.Dim.$Properties {
        }

        /** Represents a Dim. */
        class Dim {

            /**
             * Constructs a new Dim.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.TensorShapeProto.Dim.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Dim size. */
            size: number;

            /** Dim name. */
            name: string;

            /**
             * Creates a new Dim instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Dim instance
             */
            static create(properties: tensorflow.TensorShapeProto.Dim.$Shape): tensorflow.TensorShapeProto.Dim & tensorflow.TensorShapeProto.Dim.$Shape;
            static create(properties?: tensorflow.TensorShapeProto.Dim.$Properties): tensorflow.TensorShapeProto.Dim;

            /**
             * Encodes the specified Dim message. Does not implicitly {@link tensorflow.TensorShapeProto.Dim.verify|verify} messages.
             * @param message Dim message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.TensorShapeProto.Dim.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Dim message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.TensorShapeProto.Dim & tensorflow.TensorShapeProto.Dim.$Shape} Dim
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.TensorShapeProto.Dim & tensorflow.TensorShapeProto.Dim.$Shape;

            /**
             * Creates a Dim message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Dim
             */
            static fromObject(object: { [k: string]: any }): tensorflow.TensorShapeProto.Dim;

            /**
             * Creates a plain object from a Dim message. Also converts values to other types if specified.
             * @param message Dim
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.TensorShapeProto.Dim, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Dim to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Dim
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Dim {

            /** Properties of a Dim. */
            interface $Properties {

                /** Dim size */
                size?: (number|null);

                /** Dim name */
                name?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Dim. */
            type $Shape = tensorflow.TensorShapeProto.Dim.$Properties;
        }
    }

    /**
     * Properties of a ResourceHandleProto.
     * @deprecated Use tensorflow.ResourceHandleProto.$Properties instead.
     */
    interface IResourceHandleProto extends tensorflow.ResourceHandleProto.$Properties {
    }

    /** Represents a ResourceHandleProto. */
    class ResourceHandleProto {

        /**
         * Constructs a new ResourceHandleProto.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.ResourceHandleProto.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ResourceHandleProto device. */
        device: string;

        /** ResourceHandleProto container. */
        container: string;

        /** ResourceHandleProto name. */
        name: string;

        /** ResourceHandleProto hashCode. */
        hashCode: number;

        /** ResourceHandleProto maybeTypeName. */
        maybeTypeName: string;

        /** ResourceHandleProto dtypesAndShapes. */
        dtypesAndShapes: tensorflow.ResourceHandleProto.DtypeAndShape.$Properties[];

        /**
         * Creates a new ResourceHandleProto instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ResourceHandleProto instance
         */
        static create(properties: tensorflow.ResourceHandleProto.$Shape): tensorflow.ResourceHandleProto & tensorflow.ResourceHandleProto.$Shape;
        static create(properties?: tensorflow.ResourceHandleProto.$Properties): tensorflow.ResourceHandleProto;

        /**
         * Encodes the specified ResourceHandleProto message. Does not implicitly {@link tensorflow.ResourceHandleProto.verify|verify} messages.
         * @param message ResourceHandleProto message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.ResourceHandleProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ResourceHandleProto message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.ResourceHandleProto & tensorflow.ResourceHandleProto.$Shape} ResourceHandleProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.ResourceHandleProto & tensorflow.ResourceHandleProto.$Shape;

        /**
         * Creates a ResourceHandleProto message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ResourceHandleProto
         */
        static fromObject(object: { [k: string]: any }): tensorflow.ResourceHandleProto;

        /**
         * Creates a plain object from a ResourceHandleProto message. Also converts values to other types if specified.
         * @param message ResourceHandleProto
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.ResourceHandleProto, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ResourceHandleProto to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ResourceHandleProto
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ResourceHandleProto {

        /** Properties of a ResourceHandleProto. */
        interface $Properties {

            /** ResourceHandleProto device */
            device?: (string|null);

            /** ResourceHandleProto container */
            container?: (string|null);

            /** ResourceHandleProto name */
            name?: (string|null);

            /** ResourceHandleProto hashCode */
            hashCode?: (number|null);

            /** ResourceHandleProto maybeTypeName */
            maybeTypeName?: (string|null);

            /** ResourceHandleProto dtypesAndShapes */
            dtypesAndShapes?: (tensorflow.ResourceHandleProto.DtypeAndShape.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ResourceHandleProto. */
        type $Shape = tensorflow.ResourceHandleProto.$Properties;

        /**
         * Properties of a DtypeAndShape.
         * @deprecated Use tensorflow.ResourceHandleProto.DtypeAndShape.$Properties instead.
         */
        interface IDtypeAndShape extends tensorflow.ResourceHandleProto.DtypeAndShape.$Properties {
        }

        /** Represents a DtypeAndShape. */
        class DtypeAndShape {

            /**
             * Constructs a new DtypeAndShape.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.ResourceHandleProto.DtypeAndShape.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DtypeAndShape dtype. */
            dtype: tensorflow.DataType;

            /** DtypeAndShape shape. */
            shape?: (tensorflow.TensorShapeProto.$Properties|null);

            /**
             * Creates a new DtypeAndShape instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DtypeAndShape instance
             */
            static create(properties: tensorflow.ResourceHandleProto.DtypeAndShape.$Shape): tensorflow.ResourceHandleProto.DtypeAndShape & tensorflow.ResourceHandleProto.DtypeAndShape.$Shape;
            static create(properties?: tensorflow.ResourceHandleProto.DtypeAndShape.$Properties): tensorflow.ResourceHandleProto.DtypeAndShape;

            /**
             * Encodes the specified DtypeAndShape message. Does not implicitly {@link tensorflow.ResourceHandleProto.DtypeAndShape.verify|verify} messages.
             * @param message DtypeAndShape message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.ResourceHandleProto.DtypeAndShape.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DtypeAndShape message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.ResourceHandleProto.DtypeAndShape & tensorflow.ResourceHandleProto.DtypeAndShape.$Shape} DtypeAndShape
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.ResourceHandleProto.DtypeAndShape & tensorflow.ResourceHandleProto.DtypeAndShape.$Shape;

            /**
             * Creates a DtypeAndShape message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DtypeAndShape
             */
            static fromObject(object: { [k: string]: any }): tensorflow.ResourceHandleProto.DtypeAndShape;

            /**
             * Creates a plain object from a DtypeAndShape message. Also converts values to other types if specified.
             * @param message DtypeAndShape
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.ResourceHandleProto.DtypeAndShape, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DtypeAndShape to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DtypeAndShape
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DtypeAndShape {

            /** Properties of a DtypeAndShape. */
            interface $Properties {

                /** DtypeAndShape dtype */
                dtype?: (tensorflow.DataType|null);

                /** DtypeAndShape shape */
                shape?: (tensorflow.TensorShapeProto.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DtypeAndShape. */
            type $Shape = tensorflow.ResourceHandleProto.DtypeAndShape.$Properties;
        }
    }

    /**
     * Properties of a TensorProto.
     * @deprecated Use tensorflow.TensorProto.$Properties instead.
     */
    interface ITensorProto extends tensorflow.TensorProto.$Properties {
    }

    /** Represents a TensorProto. */
    class TensorProto {

        /**
         * Constructs a new TensorProto.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.TensorProto.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TensorProto dtype. */
        dtype: tensorflow.DataType;

        /** TensorProto tensorShape. */
        tensorShape?: (tensorflow.TensorShapeProto.$Properties|null);

        /** TensorProto versionNumber. */
        versionNumber: number;

        /** TensorProto tensorContent. */
        tensorContent: Uint8Array;

        /** TensorProto halfVal. */
        halfVal: number[];

        /** TensorProto floatVal. */
        floatVal: number[];

        /** TensorProto doubleVal. */
        doubleVal: number[];

        /** TensorProto intVal. */
        intVal: number[];

        /** TensorProto stringVal. */
        stringVal: Uint8Array[];

        /** TensorProto scomplexVal. */
        scomplexVal: number[];

        /** TensorProto int64Val. */
        int64Val: number[];

        /** TensorProto boolVal. */
        boolVal: boolean[];

        /** TensorProto dcomplexVal. */
        dcomplexVal: number[];

        /** TensorProto resourceHandleVal. */
        resourceHandleVal: tensorflow.ResourceHandleProto.$Properties[];

        /** TensorProto uint32Val. */
        uint32Val: number[];

        /** TensorProto uint64Val. */
        uint64Val: number[];

        /**
         * Creates a new TensorProto instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TensorProto instance
         */
        static create(properties: tensorflow.TensorProto.$Shape): tensorflow.TensorProto & tensorflow.TensorProto.$Shape;
        static create(properties?: tensorflow.TensorProto.$Properties): tensorflow.TensorProto;

        /**
         * Encodes the specified TensorProto message. Does not implicitly {@link tensorflow.TensorProto.verify|verify} messages.
         * @param message TensorProto message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.TensorProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TensorProto message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.TensorProto & tensorflow.TensorProto.$Shape} TensorProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.TensorProto & tensorflow.TensorProto.$Shape;

        /**
         * Creates a TensorProto message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TensorProto
         */
        static fromObject(object: { [k: string]: any }): tensorflow.TensorProto;

        /**
         * Creates a plain object from a TensorProto message. Also converts values to other types if specified.
         * @param message TensorProto
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.TensorProto, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TensorProto to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for TensorProto
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace TensorProto {

        /** Properties of a TensorProto. */
        interface $Properties {

            /** TensorProto dtype */
            dtype?: (tensorflow.DataType|null);

            /** TensorProto tensorShape */
            tensorShape?: (tensorflow.TensorShapeProto.$Properties|null);

            /** TensorProto versionNumber */
            versionNumber?: (number|null);

            /** TensorProto tensorContent */
            tensorContent?: (Uint8Array|null);

            /** TensorProto halfVal */
            halfVal?: (number[]|null);

            /** TensorProto floatVal */
            floatVal?: (number[]|null);

            /** TensorProto doubleVal */
            doubleVal?: (number[]|null);

            /** TensorProto intVal */
            intVal?: (number[]|null);

            /** TensorProto stringVal */
            stringVal?: (Uint8Array[]|null);

            /** TensorProto scomplexVal */
            scomplexVal?: (number[]|null);

            /** TensorProto int64Val */
            int64Val?: (number[]|null);

            /** TensorProto boolVal */
            boolVal?: (boolean[]|null);

            /** TensorProto dcomplexVal */
            dcomplexVal?: (number[]|null);

            /** TensorProto resourceHandleVal */
            resourceHandleVal?: (tensorflow.ResourceHandleProto.$Properties[]|null);

            /** TensorProto uint32Val */
            uint32Val?: (number[]|null);

            /** TensorProto uint64Val */
            uint64Val?: (number[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TensorProto. */
        type $Shape = tensorflow.TensorProto.$Properties;
    }

    /**
     * Properties of a NameAttrList.
     * @deprecated Use tensorflow.NameAttrList.$Properties instead.
     */
    interface INameAttrList extends tensorflow.NameAttrList.$Properties {
    }

    /** Represents a NameAttrList. */
    class NameAttrList {

        /**
         * Constructs a new NameAttrList.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.NameAttrList.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** NameAttrList name. */
        name: string;

        /** NameAttrList attr. */
        attr: { [k: string]: tensorflow.AttrValue.$Properties };

        /**
         * Creates a new NameAttrList instance using the specified properties.
         * @param [properties] Properties to set
         * @returns NameAttrList instance
         */
        static create(properties: tensorflow.NameAttrList.$Shape): tensorflow.NameAttrList & tensorflow.NameAttrList.$Shape;
        static create(properties?: tensorflow.NameAttrList.$Properties): tensorflow.NameAttrList;

        /**
         * Encodes the specified NameAttrList message. Does not implicitly {@link tensorflow.NameAttrList.verify|verify} messages.
         * @param message NameAttrList message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.NameAttrList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a NameAttrList message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.NameAttrList & tensorflow.NameAttrList.$Shape} NameAttrList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.NameAttrList & tensorflow.NameAttrList.$Shape;

        /**
         * Creates a NameAttrList message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns NameAttrList
         */
        static fromObject(object: { [k: string]: any }): tensorflow.NameAttrList;

        /**
         * Creates a plain object from a NameAttrList message. Also converts values to other types if specified.
         * @param message NameAttrList
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.NameAttrList, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this NameAttrList to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for NameAttrList
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace NameAttrList {

        /** Properties of a NameAttrList. */
        interface $Properties {

            /** NameAttrList name */
            name?: (string|null);

            /** NameAttrList attr */
            attr?: ({ [k: string]: tensorflow.AttrValue.$Properties }|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a NameAttrList. */
        type $Shape = {
          name?: string|null;
          attr?: { [k: string]: tensorflow.AttrValue.$Shape }|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of an AttrValue.
     * @deprecated Use tensorflow.AttrValue.$Properties instead.
     */
    interface IAttrValue extends tensorflow.AttrValue.$Properties {
    }

    /** Represents an AttrValue. */
    class AttrValue {

        /**
         * Constructs a new AttrValue.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.AttrValue.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AttrValue s. */
        s?: (Uint8Array|null);

        /** AttrValue i. */
        i?: (number|null);

        /** AttrValue f. */
        f?: (number|null);

        /** AttrValue b. */
        b?: (boolean|null);

        /** AttrValue type. */
        type?: (tensorflow.DataType|null);

        /** AttrValue shape. */
        shape?: (tensorflow.TensorShapeProto.$Properties|null);

        /** AttrValue tensor. */
        tensor?: (tensorflow.TensorProto.$Properties|null);

        /** AttrValue list. */
        list?: (tensorflow.AttrValue.ListValue.$Properties|null);

        /** AttrValue func. */
        func?: (tensorflow.NameAttrList.$Properties|null);

        /** AttrValue placeholder. */
        placeholder?: (string|null);

        /** AttrValue value. */
        value?: ("s"|"i"|"f"|"b"|"type"|"shape"|"tensor"|"list"|"func"|"placeholder");

        /**
         * Creates a new AttrValue instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AttrValue instance
         */
        static create(properties: tensorflow.AttrValue.$Shape): tensorflow.AttrValue & tensorflow.AttrValue.$Shape;
        static create(properties?: tensorflow.AttrValue.$Properties): tensorflow.AttrValue;

        /**
         * Encodes the specified AttrValue message. Does not implicitly {@link tensorflow.AttrValue.verify|verify} messages.
         * @param message AttrValue message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.AttrValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AttrValue message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.AttrValue & tensorflow.AttrValue.$Shape} AttrValue
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.AttrValue & tensorflow.AttrValue.$Shape;

        /**
         * Creates an AttrValue message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AttrValue
         */
        static fromObject(object: { [k: string]: any }): tensorflow.AttrValue;

        /**
         * Creates a plain object from an AttrValue message. Also converts values to other types if specified.
         * @param message AttrValue
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.AttrValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AttrValue to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for AttrValue
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace AttrValue {

        /** Properties of an AttrValue. */
        interface $Properties {

            /** AttrValue s */
            s?: (Uint8Array|null);

            /** AttrValue i */
            i?: (number|null);

            /** AttrValue f */
            f?: (number|null);

            /** AttrValue b */
            b?: (boolean|null);

            /** AttrValue type */
            type?: (tensorflow.DataType|null);

            /** AttrValue shape */
            shape?: (tensorflow.TensorShapeProto.$Properties|null);

            /** AttrValue tensor */
            tensor?: (tensorflow.TensorProto.$Properties|null);

            /** AttrValue list */
            list?: (tensorflow.AttrValue.ListValue.$Properties|null);

            /** AttrValue func */
            func?: (tensorflow.NameAttrList.$Properties|null);

            /** AttrValue placeholder */
            placeholder?: (string|null);

            /** AttrValue value */
            value?: ("s"|"i"|"f"|"b"|"type"|"shape"|"tensor"|"list"|"func"|"placeholder");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of an AttrValue. */
        type $Shape = {
          s?: Uint8Array|null;
          i?: number|null;
          f?: number|null;
          b?: boolean|null;
          type?: tensorflow.DataType|null;
          shape?: tensorflow.TensorShapeProto.$Shape|null;
          tensor?: tensorflow.TensorProto.$Shape|null;
          list?: tensorflow.AttrValue.ListValue.$Shape|null;
          func?: tensorflow.NameAttrList.$Shape|null;
          placeholder?: string|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ value?: undefined; s?: null; i?: null; f?: null; b?: null; type?: null; shape?: null; tensor?: null; list?: null; func?: null; placeholder?: null }|{ value?: "s"; s: Uint8Array; i?: null; f?: null; b?: null; type?: null; shape?: null; tensor?: null; list?: null; func?: null; placeholder?: null }|{ value?: "i"; s?: null; i: number; f?: null; b?: null; type?: null; shape?: null; tensor?: null; list?: null; func?: null; placeholder?: null }|{ value?: "f"; s?: null; i?: null; f: number; b?: null; type?: null; shape?: null; tensor?: null; list?: null; func?: null; placeholder?: null }|{ value?: "b"; s?: null; i?: null; f?: null; b: boolean; type?: null; shape?: null; tensor?: null; list?: null; func?: null; placeholder?: null }|{ value?: "type"; s?: null; i?: null; f?: null; b?: null; type: tensorflow.DataType; shape?: null; tensor?: null; list?: null; func?: null; placeholder?: null }|{ value?: "shape"; s?: null; i?: null; f?: null; b?: null; type?: null; shape: tensorflow.TensorShapeProto.$Shape; tensor?: null; list?: null; func?: null; placeholder?: null }|{ value?: "tensor"; s?: null; i?: null; f?: null; b?: null; type?: null; shape?: null; tensor: tensorflow.TensorProto.$Shape; list?: null; func?: null; placeholder?: null }|{ value?: "list"; s?: null; i?: null; f?: null; b?: null; type?: null; shape?: null; tensor?: null; list: tensorflow.AttrValue.ListValue.$Shape; func?: null; placeholder?: null }|{ value?: "func"; s?: null; i?: null; f?: null; b?: null; type?: null; shape?: null; tensor?: null; list?: null; func: tensorflow.NameAttrList.$Shape; placeholder?: null }|{ value?: "placeholder"; s?: null; i?: null; f?: null; b?: null; type?: null; shape?: null; tensor?: null; list?: null; func?: null; placeholder: string })
        );

        /**
         * Properties of a ListValue.
         * @deprecated Use tensorflow.AttrValue.ListValue.$Properties instead.
         */
        interface IListValue extends tensorflow.AttrValue.ListValue.$Properties {
        }

        /** Represents a ListValue. */
        class ListValue {

            /**
             * Constructs a new ListValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.AttrValue.ListValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListValue s. */
            s: Uint8Array[];

            /** ListValue i. */
            i: number[];

            /** ListValue f. */
            f: number[];

            /** ListValue b. */
            b: boolean[];

            /** ListValue type. */
            type: tensorflow.DataType[];

            /** ListValue shape. */
            shape: tensorflow.TensorShapeProto.$Properties[];

            /** ListValue tensor. */
            tensor: tensorflow.TensorProto.$Properties[];

            /** ListValue func. */
            func: tensorflow.NameAttrList.$Properties[];

            /**
             * Creates a new ListValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListValue instance
             */
            static create(properties: tensorflow.AttrValue.ListValue.$Shape): tensorflow.AttrValue.ListValue & tensorflow.AttrValue.ListValue.$Shape;
            static create(properties?: tensorflow.AttrValue.ListValue.$Properties): tensorflow.AttrValue.ListValue;

            /**
             * Encodes the specified ListValue message. Does not implicitly {@link tensorflow.AttrValue.ListValue.verify|verify} messages.
             * @param message ListValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.AttrValue.ListValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.AttrValue.ListValue & tensorflow.AttrValue.ListValue.$Shape} ListValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.AttrValue.ListValue & tensorflow.AttrValue.ListValue.$Shape;

            /**
             * Creates a ListValue message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListValue
             */
            static fromObject(object: { [k: string]: any }): tensorflow.AttrValue.ListValue;

            /**
             * Creates a plain object from a ListValue message. Also converts values to other types if specified.
             * @param message ListValue
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.AttrValue.ListValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListValue to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListValue {

            /** Properties of a ListValue. */
            interface $Properties {

                /** ListValue s */
                s?: (Uint8Array[]|null);

                /** ListValue i */
                i?: (number[]|null);

                /** ListValue f */
                f?: (number[]|null);

                /** ListValue b */
                b?: (boolean[]|null);

                /** ListValue type */
                type?: (tensorflow.DataType[]|null);

                /** ListValue shape */
                shape?: (tensorflow.TensorShapeProto.$Properties[]|null);

                /** ListValue tensor */
                tensor?: (tensorflow.TensorProto.$Properties[]|null);

                /** ListValue func */
                func?: (tensorflow.NameAttrList.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListValue. */
            type $Shape = {
              s?: Uint8Array[]|null;
              i?: number[]|null;
              f?: number[]|null;
              b?: boolean[]|null;
              type?: tensorflow.DataType[]|null;
              shape?: tensorflow.TensorShapeProto.$Shape[]|null;
              tensor?: tensorflow.TensorProto.$Shape[]|null;
              func?: tensorflow.NameAttrList.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }
    }

    /**
     * Properties of a NodeDef.
     * @deprecated Use tensorflow.NodeDef.$Properties instead.
     */
    interface INodeDef extends tensorflow.NodeDef.$Properties {
    }

    /** Represents a NodeDef. */
    class NodeDef {

        /**
         * Constructs a new NodeDef.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.NodeDef.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** NodeDef name. */
        name: string;

        /** NodeDef op. */
        op: string;

        /** NodeDef input. */
        input: string[];

        /** NodeDef device. */
        device: string;

        /** NodeDef attr. */
        attr: { [k: string]: tensorflow.AttrValue.$Properties };

        /**
         * Creates a new NodeDef instance using the specified properties.
         * @param [properties] Properties to set
         * @returns NodeDef instance
         */
        static create(properties: tensorflow.NodeDef.$Shape): tensorflow.NodeDef & tensorflow.NodeDef.$Shape;
        static create(properties?: tensorflow.NodeDef.$Properties): tensorflow.NodeDef;

        /**
         * Encodes the specified NodeDef message. Does not implicitly {@link tensorflow.NodeDef.verify|verify} messages.
         * @param message NodeDef message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.NodeDef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a NodeDef message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.NodeDef & tensorflow.NodeDef.$Shape} NodeDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.NodeDef & tensorflow.NodeDef.$Shape;

        /**
         * Creates a NodeDef message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns NodeDef
         */
        static fromObject(object: { [k: string]: any }): tensorflow.NodeDef;

        /**
         * Creates a plain object from a NodeDef message. Also converts values to other types if specified.
         * @param message NodeDef
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.NodeDef, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this NodeDef to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for NodeDef
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace NodeDef {

        /** Properties of a NodeDef. */
        interface $Properties {

            /** NodeDef name */
            name?: (string|null);

            /** NodeDef op */
            op?: (string|null);

            /** NodeDef input */
            input?: (string[]|null);

            /** NodeDef device */
            device?: (string|null);

            /** NodeDef attr */
            attr?: ({ [k: string]: tensorflow.AttrValue.$Properties }|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a NodeDef. */
        type $Shape = {
          name?: string|null;
          op?: string|null;
          input?: string[]|null;
          device?: string|null;
          attr?: { [k: string]: tensorflow.AttrValue.$Shape }|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of an OpDef.
     * @deprecated Use tensorflow.OpDef.$Properties instead.
     */
    interface IOpDef extends tensorflow.OpDef.$Properties {
    }

    /** Represents an OpDef. */
    class OpDef {

        /**
         * Constructs a new OpDef.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.OpDef.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** OpDef name. */
        name: string;

        /** OpDef inputArg. */
        inputArg: tensorflow.OpDef.ArgDef.$Properties[];

        /** OpDef outputArg. */
        outputArg: tensorflow.OpDef.ArgDef.$Properties[];

        /** OpDef controlOutput. */
        controlOutput: string[];

        /** OpDef attr. */
        attr: tensorflow.OpDef.AttrDef.$Properties[];

        /** OpDef isStateful. */
        isStateful: boolean;

        /**
         * Creates a new OpDef instance using the specified properties.
         * @param [properties] Properties to set
         * @returns OpDef instance
         */
        static create(properties: tensorflow.OpDef.$Shape): tensorflow.OpDef & tensorflow.OpDef.$Shape;
        static create(properties?: tensorflow.OpDef.$Properties): tensorflow.OpDef;

        /**
         * Encodes the specified OpDef message. Does not implicitly {@link tensorflow.OpDef.verify|verify} messages.
         * @param message OpDef message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.OpDef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an OpDef message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.OpDef & tensorflow.OpDef.$Shape} OpDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.OpDef & tensorflow.OpDef.$Shape;

        /**
         * Creates an OpDef message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns OpDef
         */
        static fromObject(object: { [k: string]: any }): tensorflow.OpDef;

        /**
         * Creates a plain object from an OpDef message. Also converts values to other types if specified.
         * @param message OpDef
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.OpDef, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this OpDef to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for OpDef
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace OpDef {

        /** Properties of an OpDef. */
        interface $Properties {

            /** OpDef name */
            name?: (string|null);

            /** OpDef inputArg */
            inputArg?: (tensorflow.OpDef.ArgDef.$Properties[]|null);

            /** OpDef outputArg */
            outputArg?: (tensorflow.OpDef.ArgDef.$Properties[]|null);

            /** OpDef controlOutput */
            controlOutput?: (string[]|null);

            /** OpDef attr */
            attr?: (tensorflow.OpDef.AttrDef.$Properties[]|null);

            /** OpDef isStateful */
            isStateful?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an OpDef. */
        type $Shape = {
          name?: string|null;
          inputArg?: tensorflow.OpDef.ArgDef.$Shape[]|null;
          outputArg?: tensorflow.OpDef.ArgDef.$Shape[]|null;
          controlOutput?: string[]|null;
          attr?: tensorflow.OpDef.AttrDef.$Shape[]|null;
          isStateful?: boolean|null;
          $unknowns?: Uint8Array[];
        };

        /**
         * Properties of an ArgDef.
         * @deprecated Use tensorflow.OpDef.ArgDef.$Properties instead.
         */
        interface IArgDef extends tensorflow.OpDef.ArgDef.$Properties {
        }

        /** Represents an ArgDef. */
        class ArgDef {

            /**
             * Constructs a new ArgDef.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.OpDef.ArgDef.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ArgDef name. */
            name: string;

            /** ArgDef description. */
            description: string;

            /** ArgDef type. */
            type: tensorflow.DataType;

            /** ArgDef typeAttr. */
            typeAttr: string;

            /** ArgDef numberAttr. */
            numberAttr: string;

            /** ArgDef typeListAttr. */
            typeListAttr: string;

            /** ArgDef handleData. */
            handleData: tensorflow.ResourceHandleProto.DtypeAndShape.$Properties[];

            /** ArgDef isRef. */
            isRef: boolean;

            /**
             * Creates a new ArgDef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ArgDef instance
             */
            static create(properties: tensorflow.OpDef.ArgDef.$Shape): tensorflow.OpDef.ArgDef & tensorflow.OpDef.ArgDef.$Shape;
            static create(properties?: tensorflow.OpDef.ArgDef.$Properties): tensorflow.OpDef.ArgDef;

            /**
             * Encodes the specified ArgDef message. Does not implicitly {@link tensorflow.OpDef.ArgDef.verify|verify} messages.
             * @param message ArgDef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.OpDef.ArgDef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ArgDef message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.OpDef.ArgDef & tensorflow.OpDef.ArgDef.$Shape} ArgDef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.OpDef.ArgDef & tensorflow.OpDef.ArgDef.$Shape;

            /**
             * Creates an ArgDef message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ArgDef
             */
            static fromObject(object: { [k: string]: any }): tensorflow.OpDef.ArgDef;

            /**
             * Creates a plain object from an ArgDef message. Also converts values to other types if specified.
             * @param message ArgDef
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.OpDef.ArgDef, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ArgDef to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ArgDef
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ArgDef {

            /** Properties of an ArgDef. */
            interface $Properties {

                /** ArgDef name */
                name?: (string|null);

                /** ArgDef description */
                description?: (string|null);

                /** ArgDef type */
                type?: (tensorflow.DataType|null);

                /** ArgDef typeAttr */
                typeAttr?: (string|null);

                /** ArgDef numberAttr */
                numberAttr?: (string|null);

                /** ArgDef typeListAttr */
                typeListAttr?: (string|null);

                /** ArgDef handleData */
                handleData?: (tensorflow.ResourceHandleProto.DtypeAndShape.$Properties[]|null);

                /** ArgDef isRef */
                isRef?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ArgDef. */
            type $Shape = tensorflow.OpDef.ArgDef.$Properties;
        }

        /**
         * Properties of an AttrDef.
         * @deprecated Use tensorflow.OpDef.AttrDef.$Properties instead.
         */
        interface IAttrDef extends tensorflow.OpDef.AttrDef.$Properties {
        }

        /** Represents an AttrDef. */
        class AttrDef {

            /**
             * Constructs a new AttrDef.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.OpDef.AttrDef.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AttrDef name. */
            name: string;

            /** AttrDef type. */
            type: string;

            /** AttrDef defaultValue. */
            defaultValue?: (tensorflow.AttrValue.$Properties|null);

            /**
             * Creates a new AttrDef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AttrDef instance
             */
            static create(properties: tensorflow.OpDef.AttrDef.$Shape): tensorflow.OpDef.AttrDef & tensorflow.OpDef.AttrDef.$Shape;
            static create(properties?: tensorflow.OpDef.AttrDef.$Properties): tensorflow.OpDef.AttrDef;

            /**
             * Encodes the specified AttrDef message. Does not implicitly {@link tensorflow.OpDef.AttrDef.verify|verify} messages.
             * @param message AttrDef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.OpDef.AttrDef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AttrDef message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.OpDef.AttrDef & tensorflow.OpDef.AttrDef.$Shape} AttrDef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.OpDef.AttrDef & tensorflow.OpDef.AttrDef.$Shape;

            /**
             * Creates an AttrDef message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AttrDef
             */
            static fromObject(object: { [k: string]: any }): tensorflow.OpDef.AttrDef;

            /**
             * Creates a plain object from an AttrDef message. Also converts values to other types if specified.
             * @param message AttrDef
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.OpDef.AttrDef, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AttrDef to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AttrDef
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AttrDef {

            /** Properties of an AttrDef. */
            interface $Properties {

                /** AttrDef name */
                name?: (string|null);

                /** AttrDef type */
                type?: (string|null);

                /** AttrDef defaultValue */
                defaultValue?: (tensorflow.AttrValue.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AttrDef. */
            type $Shape = {
              name?: string|null;
              type?: string|null;
              defaultValue?: tensorflow.AttrValue.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }
    }

    /**
     * Properties of an OpList.
     * @deprecated Use tensorflow.OpList.$Properties instead.
     */
    interface IOpList extends tensorflow.OpList.$Properties {
    }

    /** Represents an OpList. */
    class OpList {

        /**
         * Constructs a new OpList.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.OpList.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** OpList op. */
        op: tensorflow.OpDef.$Properties[];

        /**
         * Creates a new OpList instance using the specified properties.
         * @param [properties] Properties to set
         * @returns OpList instance
         */
        static create(properties: tensorflow.OpList.$Shape): tensorflow.OpList & tensorflow.OpList.$Shape;
        static create(properties?: tensorflow.OpList.$Properties): tensorflow.OpList;

        /**
         * Encodes the specified OpList message. Does not implicitly {@link tensorflow.OpList.verify|verify} messages.
         * @param message OpList message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.OpList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an OpList message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.OpList & tensorflow.OpList.$Shape} OpList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.OpList & tensorflow.OpList.$Shape;

        /**
         * Creates an OpList message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns OpList
         */
        static fromObject(object: { [k: string]: any }): tensorflow.OpList;

        /**
         * Creates a plain object from an OpList message. Also converts values to other types if specified.
         * @param message OpList
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.OpList, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this OpList to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for OpList
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace OpList {

        /** Properties of an OpList. */
        interface $Properties {

            /** OpList op */
            op?: (tensorflow.OpDef.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an OpList. */
        type $Shape = {
          op?: tensorflow.OpDef.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a FunctionDef.
     * @deprecated Use tensorflow.FunctionDef.$Properties instead.
     */
    interface IFunctionDef extends tensorflow.FunctionDef.$Properties {
    }

    /** Represents a FunctionDef. */
    class FunctionDef {

        /**
         * Constructs a new FunctionDef.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.FunctionDef.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** FunctionDef signature. */
        signature?: (tensorflow.OpDef.$Properties|null);

        /** FunctionDef attr. */
        attr: { [k: string]: tensorflow.AttrValue.$Properties };

        /** FunctionDef argAttr. */
        argAttr: { [k: string]: tensorflow.FunctionDef.ArgAttrs.$Properties };

        /** FunctionDef resourceArgUniqueId. */
        resourceArgUniqueId: { [k: string]: number };

        /** FunctionDef nodeDef. */
        nodeDef: tensorflow.NodeDef.$Properties[];

        /** FunctionDef ret. */
        ret: { [k: string]: string };

        /** FunctionDef controlRet. */
        controlRet: { [k: string]: string };

        /**
         * Creates a new FunctionDef instance using the specified properties.
         * @param [properties] Properties to set
         * @returns FunctionDef instance
         */
        static create(properties: tensorflow.FunctionDef.$Shape): tensorflow.FunctionDef & tensorflow.FunctionDef.$Shape;
        static create(properties?: tensorflow.FunctionDef.$Properties): tensorflow.FunctionDef;

        /**
         * Encodes the specified FunctionDef message. Does not implicitly {@link tensorflow.FunctionDef.verify|verify} messages.
         * @param message FunctionDef message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.FunctionDef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FunctionDef message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.FunctionDef & tensorflow.FunctionDef.$Shape} FunctionDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.FunctionDef & tensorflow.FunctionDef.$Shape;

        /**
         * Creates a FunctionDef message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns FunctionDef
         */
        static fromObject(object: { [k: string]: any }): tensorflow.FunctionDef;

        /**
         * Creates a plain object from a FunctionDef message. Also converts values to other types if specified.
         * @param message FunctionDef
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.FunctionDef, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this FunctionDef to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for FunctionDef
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace FunctionDef {

        /** Properties of a FunctionDef. */
        interface $Properties {

            /** FunctionDef signature */
            signature?: (tensorflow.OpDef.$Properties|null);

            /** FunctionDef attr */
            attr?: ({ [k: string]: tensorflow.AttrValue.$Properties }|null);

            /** FunctionDef argAttr */
            argAttr?: ({ [k: string]: tensorflow.FunctionDef.ArgAttrs.$Properties }|null);

            /** FunctionDef resourceArgUniqueId */
            resourceArgUniqueId?: ({ [k: string]: number }|null);

            /** FunctionDef nodeDef */
            nodeDef?: (tensorflow.NodeDef.$Properties[]|null);

            /** FunctionDef ret */
            ret?: ({ [k: string]: string }|null);

            /** FunctionDef controlRet */
            controlRet?: ({ [k: string]: string }|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FunctionDef. */
        type $Shape = {
          signature?: tensorflow.OpDef.$Shape|null;
          attr?: { [k: string]: tensorflow.AttrValue.$Shape }|null;
          argAttr?: { [k: string]: tensorflow.FunctionDef.ArgAttrs.$Shape }|null;
          resourceArgUniqueId?: { [k: string]: number }|null;
          nodeDef?: tensorflow.NodeDef.$Shape[]|null;
          ret?: { [k: string]: string }|null;
          controlRet?: { [k: string]: string }|null;
          $unknowns?: Uint8Array[];
        };

        /**
         * Properties of an ArgAttrs.
         * @deprecated Use tensorflow.FunctionDef.ArgAttrs.$Properties instead.
         */
        interface IArgAttrs extends tensorflow.FunctionDef.ArgAttrs.$Properties {
        }

        /** Represents an ArgAttrs. */
        class ArgAttrs {

            /**
             * Constructs a new ArgAttrs.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.FunctionDef.ArgAttrs.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ArgAttrs attr. */
            attr: { [k: string]: tensorflow.AttrValue.$Properties };

            /**
             * Creates a new ArgAttrs instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ArgAttrs instance
             */
            static create(properties: tensorflow.FunctionDef.ArgAttrs.$Shape): tensorflow.FunctionDef.ArgAttrs & tensorflow.FunctionDef.ArgAttrs.$Shape;
            static create(properties?: tensorflow.FunctionDef.ArgAttrs.$Properties): tensorflow.FunctionDef.ArgAttrs;

            /**
             * Encodes the specified ArgAttrs message. Does not implicitly {@link tensorflow.FunctionDef.ArgAttrs.verify|verify} messages.
             * @param message ArgAttrs message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.FunctionDef.ArgAttrs.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ArgAttrs message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.FunctionDef.ArgAttrs & tensorflow.FunctionDef.ArgAttrs.$Shape} ArgAttrs
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.FunctionDef.ArgAttrs & tensorflow.FunctionDef.ArgAttrs.$Shape;

            /**
             * Creates an ArgAttrs message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ArgAttrs
             */
            static fromObject(object: { [k: string]: any }): tensorflow.FunctionDef.ArgAttrs;

            /**
             * Creates a plain object from an ArgAttrs message. Also converts values to other types if specified.
             * @param message ArgAttrs
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.FunctionDef.ArgAttrs, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ArgAttrs to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ArgAttrs
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ArgAttrs {

            /** Properties of an ArgAttrs. */
            interface $Properties {

                /** ArgAttrs attr */
                attr?: ({ [k: string]: tensorflow.AttrValue.$Properties }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ArgAttrs. */
            type $Shape = {
              attr?: { [k: string]: tensorflow.AttrValue.$Shape }|null;
              $unknowns?: Uint8Array[];
            };
        }
    }

    /**
     * Properties of a GradientDef.
     * @deprecated Use tensorflow.GradientDef.$Properties instead.
     */
    interface IGradientDef extends tensorflow.GradientDef.$Properties {
    }

    /** Represents a GradientDef. */
    class GradientDef {

        /**
         * Constructs a new GradientDef.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.GradientDef.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GradientDef functionName. */
        functionName: string;

        /** GradientDef gradientFunc. */
        gradientFunc: string;

        /**
         * Creates a new GradientDef instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GradientDef instance
         */
        static create(properties: tensorflow.GradientDef.$Shape): tensorflow.GradientDef & tensorflow.GradientDef.$Shape;
        static create(properties?: tensorflow.GradientDef.$Properties): tensorflow.GradientDef;

        /**
         * Encodes the specified GradientDef message. Does not implicitly {@link tensorflow.GradientDef.verify|verify} messages.
         * @param message GradientDef message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.GradientDef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GradientDef message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.GradientDef & tensorflow.GradientDef.$Shape} GradientDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.GradientDef & tensorflow.GradientDef.$Shape;

        /**
         * Creates a GradientDef message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns GradientDef
         */
        static fromObject(object: { [k: string]: any }): tensorflow.GradientDef;

        /**
         * Creates a plain object from a GradientDef message. Also converts values to other types if specified.
         * @param message GradientDef
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.GradientDef, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this GradientDef to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for GradientDef
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace GradientDef {

        /** Properties of a GradientDef. */
        interface $Properties {

            /** GradientDef functionName */
            functionName?: (string|null);

            /** GradientDef gradientFunc */
            gradientFunc?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GradientDef. */
        type $Shape = tensorflow.GradientDef.$Properties;
    }

    /**
     * Properties of a FunctionDefLibrary.
     * @deprecated Use tensorflow.FunctionDefLibrary.$Properties instead.
     */
    interface IFunctionDefLibrary extends tensorflow.FunctionDefLibrary.$Properties {
    }

    /** Represents a FunctionDefLibrary. */
    class FunctionDefLibrary {

        /**
         * Constructs a new FunctionDefLibrary.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.FunctionDefLibrary.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** FunctionDefLibrary function. */
        function: tensorflow.FunctionDef.$Properties[];

        /** FunctionDefLibrary gradient. */
        gradient: tensorflow.GradientDef.$Properties[];

        /**
         * Creates a new FunctionDefLibrary instance using the specified properties.
         * @param [properties] Properties to set
         * @returns FunctionDefLibrary instance
         */
        static create(properties: tensorflow.FunctionDefLibrary.$Shape): tensorflow.FunctionDefLibrary & tensorflow.FunctionDefLibrary.$Shape;
        static create(properties?: tensorflow.FunctionDefLibrary.$Properties): tensorflow.FunctionDefLibrary;

        /**
         * Encodes the specified FunctionDefLibrary message. Does not implicitly {@link tensorflow.FunctionDefLibrary.verify|verify} messages.
         * @param message FunctionDefLibrary message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.FunctionDefLibrary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FunctionDefLibrary message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.FunctionDefLibrary & tensorflow.FunctionDefLibrary.$Shape} FunctionDefLibrary
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.FunctionDefLibrary & tensorflow.FunctionDefLibrary.$Shape;

        /**
         * Creates a FunctionDefLibrary message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns FunctionDefLibrary
         */
        static fromObject(object: { [k: string]: any }): tensorflow.FunctionDefLibrary;

        /**
         * Creates a plain object from a FunctionDefLibrary message. Also converts values to other types if specified.
         * @param message FunctionDefLibrary
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.FunctionDefLibrary, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this FunctionDefLibrary to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for FunctionDefLibrary
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace FunctionDefLibrary {

        /** Properties of a FunctionDefLibrary. */
        interface $Properties {

            /** FunctionDefLibrary function */
            "function"?: (tensorflow.FunctionDef.$Properties[]|null);

            /** FunctionDefLibrary gradient */
            gradient?: (tensorflow.GradientDef.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FunctionDefLibrary. */
        type $Shape = {
          "Function"?: tensorflow.FunctionDef.$Shape[]|null;
          gradient?: tensorflow.GradientDef.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a VersionDef.
     * @deprecated Use tensorflow.VersionDef.$Properties instead.
     */
    interface IVersionDef extends tensorflow.VersionDef.$Properties {
    }

    /** Represents a VersionDef. */
    class VersionDef {

        /**
         * Constructs a new VersionDef.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.VersionDef.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** VersionDef producer. */
        producer: number;

        /** VersionDef minConsumer. */
        minConsumer: number;

        /** VersionDef badConsumers. */
        badConsumers: number[];

        /**
         * Creates a new VersionDef instance using the specified properties.
         * @param [properties] Properties to set
         * @returns VersionDef instance
         */
        static create(properties: tensorflow.VersionDef.$Shape): tensorflow.VersionDef & tensorflow.VersionDef.$Shape;
        static create(properties?: tensorflow.VersionDef.$Properties): tensorflow.VersionDef;

        /**
         * Encodes the specified VersionDef message. Does not implicitly {@link tensorflow.VersionDef.verify|verify} messages.
         * @param message VersionDef message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.VersionDef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a VersionDef message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.VersionDef & tensorflow.VersionDef.$Shape} VersionDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.VersionDef & tensorflow.VersionDef.$Shape;

        /**
         * Creates a VersionDef message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns VersionDef
         */
        static fromObject(object: { [k: string]: any }): tensorflow.VersionDef;

        /**
         * Creates a plain object from a VersionDef message. Also converts values to other types if specified.
         * @param message VersionDef
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.VersionDef, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this VersionDef to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for VersionDef
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace VersionDef {

        /** Properties of a VersionDef. */
        interface $Properties {

            /** VersionDef producer */
            producer?: (number|null);

            /** VersionDef minConsumer */
            minConsumer?: (number|null);

            /** VersionDef badConsumers */
            badConsumers?: (number[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a VersionDef. */
        type $Shape = tensorflow.VersionDef.$Properties;
    }

    /**
     * Properties of a GraphDef.
     * @deprecated Use tensorflow.GraphDef.$Properties instead.
     */
    interface IGraphDef extends tensorflow.GraphDef.$Properties {
    }

    /** Represents a GraphDef. */
    class GraphDef {

        /**
         * Constructs a new GraphDef.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.GraphDef.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GraphDef node. */
        node: tensorflow.NodeDef.$Properties[];

        /** GraphDef versions. */
        versions?: (tensorflow.VersionDef.$Properties|null);

        /** GraphDef library. */
        library?: (tensorflow.FunctionDefLibrary.$Properties|null);

        /**
         * Creates a new GraphDef instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GraphDef instance
         */
        static create(properties: tensorflow.GraphDef.$Shape): tensorflow.GraphDef & tensorflow.GraphDef.$Shape;
        static create(properties?: tensorflow.GraphDef.$Properties): tensorflow.GraphDef;

        /**
         * Encodes the specified GraphDef message. Does not implicitly {@link tensorflow.GraphDef.verify|verify} messages.
         * @param message GraphDef message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.GraphDef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GraphDef message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.GraphDef & tensorflow.GraphDef.$Shape} GraphDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.GraphDef & tensorflow.GraphDef.$Shape;

        /**
         * Creates a GraphDef message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns GraphDef
         */
        static fromObject(object: { [k: string]: any }): tensorflow.GraphDef;

        /**
         * Creates a plain object from a GraphDef message. Also converts values to other types if specified.
         * @param message GraphDef
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.GraphDef, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this GraphDef to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for GraphDef
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace GraphDef {

        /** Properties of a GraphDef. */
        interface $Properties {

            /** GraphDef node */
            node?: (tensorflow.NodeDef.$Properties[]|null);

            /** GraphDef versions */
            versions?: (tensorflow.VersionDef.$Properties|null);

            /** GraphDef library */
            library?: (tensorflow.FunctionDefLibrary.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GraphDef. */
        type $Shape = {
          node?: tensorflow.NodeDef.$Shape[]|null;
          versions?: tensorflow.VersionDef.$Shape|null;
          library?: tensorflow.FunctionDefLibrary.$Shape|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a SavedModel.
     * @deprecated Use tensorflow.SavedModel.$Properties instead.
     */
    interface ISavedModel extends tensorflow.SavedModel.$Properties {
    }

    /** Represents a SavedModel. */
    class SavedModel {

        /**
         * Constructs a new SavedModel.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.SavedModel.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SavedModel savedModelSchemaVersion. */
        savedModelSchemaVersion: number;

        /** SavedModel metaGraphs. */
        metaGraphs: tensorflow.MetaGraphDef.$Properties[];

        /**
         * Creates a new SavedModel instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SavedModel instance
         */
        static create(properties: tensorflow.SavedModel.$Shape): tensorflow.SavedModel & tensorflow.SavedModel.$Shape;
        static create(properties?: tensorflow.SavedModel.$Properties): tensorflow.SavedModel;

        /**
         * Encodes the specified SavedModel message. Does not implicitly {@link tensorflow.SavedModel.verify|verify} messages.
         * @param message SavedModel message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.SavedModel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SavedModel message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.SavedModel & tensorflow.SavedModel.$Shape} SavedModel
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.SavedModel & tensorflow.SavedModel.$Shape;

        /**
         * Creates a SavedModel message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SavedModel
         */
        static fromObject(object: { [k: string]: any }): tensorflow.SavedModel;

        /**
         * Creates a plain object from a SavedModel message. Also converts values to other types if specified.
         * @param message SavedModel
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.SavedModel, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SavedModel to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SavedModel
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SavedModel {

        /** Properties of a SavedModel. */
        interface $Properties {

            /** SavedModel savedModelSchemaVersion */
            savedModelSchemaVersion?: (number|null);

            /** SavedModel metaGraphs */
            metaGraphs?: (tensorflow.MetaGraphDef.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SavedModel. */
        type $Shape = {
          savedModelSchemaVersion?: number|null;
          metaGraphs?: tensorflow.MetaGraphDef.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a MetaGraphDef.
     * @deprecated Use tensorflow.MetaGraphDef.$Properties instead.
     */
    interface IMetaGraphDef extends tensorflow.MetaGraphDef.$Properties {
    }

    /** Represents a MetaGraphDef. */
    class MetaGraphDef {

        /**
         * Constructs a new MetaGraphDef.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.MetaGraphDef.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MetaGraphDef metaInfoDef. */
        metaInfoDef?: (tensorflow.MetaGraphDef.MetaInfoDef.$Properties|null);

        /** MetaGraphDef graphDef. */
        graphDef?: (tensorflow.GraphDef.$Properties|null);

        /** MetaGraphDef saverDef. */
        saverDef?: (tensorflow.SaverDef.$Properties|null);

        /** MetaGraphDef collectionDef. */
        collectionDef: { [k: string]: tensorflow.CollectionDef.$Properties };

        /** MetaGraphDef signatureDef. */
        signatureDef: { [k: string]: tensorflow.SignatureDef.$Properties };

        /** MetaGraphDef assetFileDef. */
        assetFileDef: tensorflow.AssetFileDef.$Properties[];

        /** MetaGraphDef objectGraphDef. */
        objectGraphDef?: (tensorflow.SavedObjectGraph.$Properties|null);

        /**
         * Creates a new MetaGraphDef instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MetaGraphDef instance
         */
        static create(properties: tensorflow.MetaGraphDef.$Shape): tensorflow.MetaGraphDef & tensorflow.MetaGraphDef.$Shape;
        static create(properties?: tensorflow.MetaGraphDef.$Properties): tensorflow.MetaGraphDef;

        /**
         * Encodes the specified MetaGraphDef message. Does not implicitly {@link tensorflow.MetaGraphDef.verify|verify} messages.
         * @param message MetaGraphDef message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.MetaGraphDef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MetaGraphDef message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.MetaGraphDef & tensorflow.MetaGraphDef.$Shape} MetaGraphDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.MetaGraphDef & tensorflow.MetaGraphDef.$Shape;

        /**
         * Creates a MetaGraphDef message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MetaGraphDef
         */
        static fromObject(object: { [k: string]: any }): tensorflow.MetaGraphDef;

        /**
         * Creates a plain object from a MetaGraphDef message. Also converts values to other types if specified.
         * @param message MetaGraphDef
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.MetaGraphDef, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MetaGraphDef to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for MetaGraphDef
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace MetaGraphDef {

        /** Properties of a MetaGraphDef. */
        interface $Properties {

            /** MetaGraphDef metaInfoDef */
            metaInfoDef?: (tensorflow.MetaGraphDef.MetaInfoDef.$Properties|null);

            /** MetaGraphDef graphDef */
            graphDef?: (tensorflow.GraphDef.$Properties|null);

            /** MetaGraphDef saverDef */
            saverDef?: (tensorflow.SaverDef.$Properties|null);

            /** MetaGraphDef collectionDef */
            collectionDef?: ({ [k: string]: tensorflow.CollectionDef.$Properties }|null);

            /** MetaGraphDef signatureDef */
            signatureDef?: ({ [k: string]: tensorflow.SignatureDef.$Properties }|null);

            /** MetaGraphDef assetFileDef */
            assetFileDef?: (tensorflow.AssetFileDef.$Properties[]|null);

            /** MetaGraphDef objectGraphDef */
            objectGraphDef?: (tensorflow.SavedObjectGraph.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MetaGraphDef. */
        type $Shape = {
          metaInfoDef?: tensorflow.MetaGraphDef.MetaInfoDef.$Shape|null;
          graphDef?: tensorflow.GraphDef.$Shape|null;
          saverDef?: tensorflow.SaverDef.$Shape|null;
          collectionDef?: { [k: string]: tensorflow.CollectionDef.$Shape }|null;
          signatureDef?: { [k: string]: tensorflow.SignatureDef.$Shape }|null;
          assetFileDef?: tensorflow.AssetFileDef.$Shape[]|null;
          objectGraphDef?: tensorflow.SavedObjectGraph.$Shape|null;
          $unknowns?: Uint8Array[];
        };

        /**
         * Properties of a MetaInfoDef.
         * @deprecated Use tensorflow.MetaGraphDef.MetaInfoDef.$Properties instead.
         */
        interface IMetaInfoDef extends tensorflow.MetaGraphDef.MetaInfoDef.$Properties {
        }

        /** Represents a MetaInfoDef. */
        class MetaInfoDef {

            /**
             * Constructs a new MetaInfoDef.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.MetaGraphDef.MetaInfoDef.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MetaInfoDef metaGraphVersion. */
            metaGraphVersion: string;

            /** MetaInfoDef strippedOpList. */
            strippedOpList?: (tensorflow.OpList.$Properties|null);

            /** MetaInfoDef tags. */
            tags: string[];

            /** MetaInfoDef tensorflowVersion. */
            tensorflowVersion: string;

            /** MetaInfoDef tensorflowGitVersion. */
            tensorflowGitVersion: string;

            /** MetaInfoDef strippedDefaultAttrs. */
            strippedDefaultAttrs: boolean;

            /** MetaInfoDef functionAliases. */
            functionAliases: { [k: string]: string };

            /**
             * Creates a new MetaInfoDef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MetaInfoDef instance
             */
            static create(properties: tensorflow.MetaGraphDef.MetaInfoDef.$Shape): tensorflow.MetaGraphDef.MetaInfoDef & tensorflow.MetaGraphDef.MetaInfoDef.$Shape;
            static create(properties?: tensorflow.MetaGraphDef.MetaInfoDef.$Properties): tensorflow.MetaGraphDef.MetaInfoDef;

            /**
             * Encodes the specified MetaInfoDef message. Does not implicitly {@link tensorflow.MetaGraphDef.MetaInfoDef.verify|verify} messages.
             * @param message MetaInfoDef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.MetaGraphDef.MetaInfoDef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MetaInfoDef message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.MetaGraphDef.MetaInfoDef & tensorflow.MetaGraphDef.MetaInfoDef.$Shape} MetaInfoDef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.MetaGraphDef.MetaInfoDef & tensorflow.MetaGraphDef.MetaInfoDef.$Shape;

            /**
             * Creates a MetaInfoDef message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MetaInfoDef
             */
            static fromObject(object: { [k: string]: any }): tensorflow.MetaGraphDef.MetaInfoDef;

            /**
             * Creates a plain object from a MetaInfoDef message. Also converts values to other types if specified.
             * @param message MetaInfoDef
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.MetaGraphDef.MetaInfoDef, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MetaInfoDef to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MetaInfoDef
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MetaInfoDef {

            /** Properties of a MetaInfoDef. */
            interface $Properties {

                /** MetaInfoDef metaGraphVersion */
                metaGraphVersion?: (string|null);

                /** MetaInfoDef strippedOpList */
                strippedOpList?: (tensorflow.OpList.$Properties|null);

                /** MetaInfoDef tags */
                tags?: (string[]|null);

                /** MetaInfoDef tensorflowVersion */
                tensorflowVersion?: (string|null);

                /** MetaInfoDef tensorflowGitVersion */
                tensorflowGitVersion?: (string|null);

                /** MetaInfoDef strippedDefaultAttrs */
                strippedDefaultAttrs?: (boolean|null);

                /** MetaInfoDef functionAliases */
                functionAliases?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MetaInfoDef. */
            type $Shape = {
              metaGraphVersion?: string|null;
              strippedOpList?: tensorflow.OpList.$Shape|null;
              tags?: string[]|null;
              tensorflowVersion?: string|null;
              tensorflowGitVersion?: string|null;
              strippedDefaultAttrs?: boolean|null;
              functionAliases?: { [k: string]: string }|null;
              $unknowns?: Uint8Array[];
            };
        }
    }

    /**
     * Properties of a CollectionDef.
     * @deprecated Use tensorflow.CollectionDef.$Properties instead.
     */
    interface ICollectionDef extends tensorflow.CollectionDef.$Properties {
    }

    /** Represents a CollectionDef. */
    class CollectionDef {

        /**
         * Constructs a new CollectionDef.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.CollectionDef.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CollectionDef nodeList. */
        nodeList?: (tensorflow.CollectionDef.NodeList.$Properties|null);

        /** CollectionDef bytesList. */
        bytesList?: (tensorflow.CollectionDef.BytesList.$Properties|null);

        /** CollectionDef int64List. */
        int64List?: (tensorflow.CollectionDef.Int64List.$Properties|null);

        /** CollectionDef floatList. */
        floatList?: (tensorflow.CollectionDef.FloatList.$Properties|null);

        /** CollectionDef kind. */
        kind?: ("nodeList"|"bytesList"|"int64List"|"floatList");

        /**
         * Creates a new CollectionDef instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CollectionDef instance
         */
        static create(properties: tensorflow.CollectionDef.$Shape): tensorflow.CollectionDef & tensorflow.CollectionDef.$Shape;
        static create(properties?: tensorflow.CollectionDef.$Properties): tensorflow.CollectionDef;

        /**
         * Encodes the specified CollectionDef message. Does not implicitly {@link tensorflow.CollectionDef.verify|verify} messages.
         * @param message CollectionDef message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.CollectionDef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CollectionDef message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.CollectionDef & tensorflow.CollectionDef.$Shape} CollectionDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.CollectionDef & tensorflow.CollectionDef.$Shape;

        /**
         * Creates a CollectionDef message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CollectionDef
         */
        static fromObject(object: { [k: string]: any }): tensorflow.CollectionDef;

        /**
         * Creates a plain object from a CollectionDef message. Also converts values to other types if specified.
         * @param message CollectionDef
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.CollectionDef, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CollectionDef to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for CollectionDef
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace CollectionDef {

        /** Properties of a CollectionDef. */
        interface $Properties {

            /** CollectionDef nodeList */
            nodeList?: (tensorflow.CollectionDef.NodeList.$Properties|null);

            /** CollectionDef bytesList */
            bytesList?: (tensorflow.CollectionDef.BytesList.$Properties|null);

            /** CollectionDef int64List */
            int64List?: (tensorflow.CollectionDef.Int64List.$Properties|null);

            /** CollectionDef floatList */
            floatList?: (tensorflow.CollectionDef.FloatList.$Properties|null);

            /** CollectionDef kind */
            kind?: ("nodeList"|"bytesList"|"int64List"|"floatList");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a CollectionDef. */
        type $Shape = {
          nodeList?: tensorflow.CollectionDef.NodeList.$Shape|null;
          bytesList?: tensorflow.CollectionDef.BytesList.$Shape|null;
          int64List?: tensorflow.CollectionDef.Int64List.$Shape|null;
          floatList?: tensorflow.CollectionDef.FloatList.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ kind?: undefined; nodeList?: null; bytesList?: null; int64List?: null; floatList?: null }|{ kind?: "nodeList"; nodeList: tensorflow.CollectionDef.NodeList.$Shape; bytesList?: null; int64List?: null; floatList?: null }|{ kind?: "bytesList"; nodeList?: null; bytesList: tensorflow.CollectionDef.BytesList.$Shape; int64List?: null; floatList?: null }|{ kind?: "int64List"; nodeList?: null; bytesList?: null; int64List: tensorflow.CollectionDef.Int64List.$Shape; floatList?: null }|{ kind?: "floatList"; nodeList?: null; bytesList?: null; int64List?: null; floatList: tensorflow.CollectionDef.FloatList.$Shape })
        );

        /**
         * Properties of a NodeList.
         * @deprecated Use tensorflow.CollectionDef.NodeList.$Properties instead.
         */
        interface INodeList extends tensorflow.CollectionDef.NodeList.$Properties {
        }

        /** Represents a NodeList. */
        class NodeList {

            /**
             * Constructs a new NodeList.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.CollectionDef.NodeList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeList value. */
            value: string[];

            /**
             * Creates a new NodeList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeList instance
             */
            static create(properties: tensorflow.CollectionDef.NodeList.$Shape): tensorflow.CollectionDef.NodeList & tensorflow.CollectionDef.NodeList.$Shape;
            static create(properties?: tensorflow.CollectionDef.NodeList.$Properties): tensorflow.CollectionDef.NodeList;

            /**
             * Encodes the specified NodeList message. Does not implicitly {@link tensorflow.CollectionDef.NodeList.verify|verify} messages.
             * @param message NodeList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.CollectionDef.NodeList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.CollectionDef.NodeList & tensorflow.CollectionDef.NodeList.$Shape} NodeList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.CollectionDef.NodeList & tensorflow.CollectionDef.NodeList.$Shape;

            /**
             * Creates a NodeList message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeList
             */
            static fromObject(object: { [k: string]: any }): tensorflow.CollectionDef.NodeList;

            /**
             * Creates a plain object from a NodeList message. Also converts values to other types if specified.
             * @param message NodeList
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.CollectionDef.NodeList, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeList to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodeList
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeList {

            /** Properties of a NodeList. */
            interface $Properties {

                /** NodeList value */
                value?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeList. */
            type $Shape = tensorflow.CollectionDef.NodeList.$Properties;
        }

        /**
         * Properties of a BytesList.
         * @deprecated Use tensorflow.CollectionDef.BytesList.$Properties instead.
         */
        interface IBytesList extends tensorflow.CollectionDef.BytesList.$Properties {
        }

        /** Represents a BytesList. */
        class BytesList {

            /**
             * Constructs a new BytesList.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.CollectionDef.BytesList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BytesList value. */
            value: Uint8Array[];

            /**
             * Creates a new BytesList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BytesList instance
             */
            static create(properties: tensorflow.CollectionDef.BytesList.$Shape): tensorflow.CollectionDef.BytesList & tensorflow.CollectionDef.BytesList.$Shape;
            static create(properties?: tensorflow.CollectionDef.BytesList.$Properties): tensorflow.CollectionDef.BytesList;

            /**
             * Encodes the specified BytesList message. Does not implicitly {@link tensorflow.CollectionDef.BytesList.verify|verify} messages.
             * @param message BytesList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.CollectionDef.BytesList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BytesList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.CollectionDef.BytesList & tensorflow.CollectionDef.BytesList.$Shape} BytesList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.CollectionDef.BytesList & tensorflow.CollectionDef.BytesList.$Shape;

            /**
             * Creates a BytesList message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BytesList
             */
            static fromObject(object: { [k: string]: any }): tensorflow.CollectionDef.BytesList;

            /**
             * Creates a plain object from a BytesList message. Also converts values to other types if specified.
             * @param message BytesList
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.CollectionDef.BytesList, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BytesList to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BytesList
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BytesList {

            /** Properties of a BytesList. */
            interface $Properties {

                /** BytesList value */
                value?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BytesList. */
            type $Shape = tensorflow.CollectionDef.BytesList.$Properties;
        }

        /**
         * Properties of an Int64List.
         * @deprecated Use tensorflow.CollectionDef.Int64List.$Properties instead.
         */
        interface IInt64List extends tensorflow.CollectionDef.Int64List.$Properties {
        }

        /** Represents an Int64List. */
        class Int64List {

            /**
             * Constructs a new Int64List.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.CollectionDef.Int64List.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Int64List value. */
            value: number[];

            /**
             * Creates a new Int64List instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Int64List instance
             */
            static create(properties: tensorflow.CollectionDef.Int64List.$Shape): tensorflow.CollectionDef.Int64List & tensorflow.CollectionDef.Int64List.$Shape;
            static create(properties?: tensorflow.CollectionDef.Int64List.$Properties): tensorflow.CollectionDef.Int64List;

            /**
             * Encodes the specified Int64List message. Does not implicitly {@link tensorflow.CollectionDef.Int64List.verify|verify} messages.
             * @param message Int64List message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.CollectionDef.Int64List.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Int64List message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.CollectionDef.Int64List & tensorflow.CollectionDef.Int64List.$Shape} Int64List
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.CollectionDef.Int64List & tensorflow.CollectionDef.Int64List.$Shape;

            /**
             * Creates an Int64List message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Int64List
             */
            static fromObject(object: { [k: string]: any }): tensorflow.CollectionDef.Int64List;

            /**
             * Creates a plain object from an Int64List message. Also converts values to other types if specified.
             * @param message Int64List
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.CollectionDef.Int64List, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Int64List to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Int64List
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Int64List {

            /** Properties of an Int64List. */
            interface $Properties {

                /** Int64List value */
                value?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Int64List. */
            type $Shape = tensorflow.CollectionDef.Int64List.$Properties;
        }

        /**
         * Properties of a FloatList.
         * @deprecated Use tensorflow.CollectionDef.FloatList.$Properties instead.
         */
        interface IFloatList extends tensorflow.CollectionDef.FloatList.$Properties {
        }

        /** Represents a FloatList. */
        class FloatList {

            /**
             * Constructs a new FloatList.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.CollectionDef.FloatList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FloatList value. */
            value: number[];

            /**
             * Creates a new FloatList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FloatList instance
             */
            static create(properties: tensorflow.CollectionDef.FloatList.$Shape): tensorflow.CollectionDef.FloatList & tensorflow.CollectionDef.FloatList.$Shape;
            static create(properties?: tensorflow.CollectionDef.FloatList.$Properties): tensorflow.CollectionDef.FloatList;

            /**
             * Encodes the specified FloatList message. Does not implicitly {@link tensorflow.CollectionDef.FloatList.verify|verify} messages.
             * @param message FloatList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.CollectionDef.FloatList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FloatList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.CollectionDef.FloatList & tensorflow.CollectionDef.FloatList.$Shape} FloatList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.CollectionDef.FloatList & tensorflow.CollectionDef.FloatList.$Shape;

            /**
             * Creates a FloatList message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FloatList
             */
            static fromObject(object: { [k: string]: any }): tensorflow.CollectionDef.FloatList;

            /**
             * Creates a plain object from a FloatList message. Also converts values to other types if specified.
             * @param message FloatList
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.CollectionDef.FloatList, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FloatList to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FloatList
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FloatList {

            /** Properties of a FloatList. */
            interface $Properties {

                /** FloatList value */
                value?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FloatList. */
            type $Shape = tensorflow.CollectionDef.FloatList.$Properties;
        }
    }

    /**
     * Properties of a TensorInfo.
     * @deprecated Use tensorflow.TensorInfo.$Properties instead.
     */
    interface ITensorInfo extends tensorflow.TensorInfo.$Properties {
    }

    /** Represents a TensorInfo. */
    class TensorInfo {

        /**
         * Constructs a new TensorInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.TensorInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TensorInfo name. */
        name?: (string|null);

        /** TensorInfo cooSparse. */
        cooSparse?: (tensorflow.TensorInfo.CooSparse.$Properties|null);

        /** TensorInfo compositeTensor. */
        compositeTensor?: (tensorflow.TensorInfo.CompositeTensor.$Properties|null);

        /** TensorInfo dtype. */
        dtype: tensorflow.DataType;

        /** TensorInfo tensorShape. */
        tensorShape?: (tensorflow.TensorShapeProto.$Properties|null);

        /** TensorInfo encoding. */
        encoding?: ("name"|"cooSparse"|"compositeTensor");

        /**
         * Creates a new TensorInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TensorInfo instance
         */
        static create(properties: tensorflow.TensorInfo.$Shape): tensorflow.TensorInfo & tensorflow.TensorInfo.$Shape;
        static create(properties?: tensorflow.TensorInfo.$Properties): tensorflow.TensorInfo;

        /**
         * Encodes the specified TensorInfo message. Does not implicitly {@link tensorflow.TensorInfo.verify|verify} messages.
         * @param message TensorInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.TensorInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TensorInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.TensorInfo & tensorflow.TensorInfo.$Shape} TensorInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.TensorInfo & tensorflow.TensorInfo.$Shape;

        /**
         * Creates a TensorInfo message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TensorInfo
         */
        static fromObject(object: { [k: string]: any }): tensorflow.TensorInfo;

        /**
         * Creates a plain object from a TensorInfo message. Also converts values to other types if specified.
         * @param message TensorInfo
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.TensorInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TensorInfo to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for TensorInfo
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace TensorInfo {

        /** Properties of a TensorInfo. */
        interface $Properties {

            /** TensorInfo name */
            name?: (string|null);

            /** TensorInfo cooSparse */
            cooSparse?: (tensorflow.TensorInfo.CooSparse.$Properties|null);

            /** TensorInfo compositeTensor */
            compositeTensor?: (tensorflow.TensorInfo.CompositeTensor.$Properties|null);

            /** TensorInfo dtype */
            dtype?: (tensorflow.DataType|null);

            /** TensorInfo tensorShape */
            tensorShape?: (tensorflow.TensorShapeProto.$Properties|null);

            /** TensorInfo encoding */
            encoding?: ("name"|"cooSparse"|"compositeTensor");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a TensorInfo. */
        type $Shape = {
          name?: string|null;
          cooSparse?: tensorflow.TensorInfo.CooSparse.$Shape|null;
          compositeTensor?: tensorflow.TensorInfo.CompositeTensor.$Shape|null;
          dtype?: tensorflow.DataType|null;
          tensorShape?: tensorflow.TensorShapeProto.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ encoding?: undefined; name?: null; cooSparse?: null; compositeTensor?: null }|{ encoding?: "name"; name: string; cooSparse?: null; compositeTensor?: null }|{ encoding?: "cooSparse"; name?: null; cooSparse: tensorflow.TensorInfo.CooSparse.$Shape; compositeTensor?: null }|{ encoding?: "compositeTensor"; name?: null; cooSparse?: null; compositeTensor: tensorflow.TensorInfo.CompositeTensor.$Shape })
        );

        /**
         * Properties of a CooSparse.
         * @deprecated Use tensorflow.TensorInfo.CooSparse.$Properties instead.
         */
        interface ICooSparse extends tensorflow.TensorInfo.CooSparse.$Properties {
        }

        /** Represents a CooSparse. */
        class CooSparse {

            /**
             * Constructs a new CooSparse.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.TensorInfo.CooSparse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CooSparse valuesTensorName. */
            valuesTensorName: string;

            /** CooSparse indicesTensorName. */
            indicesTensorName: string;

            /** CooSparse denseShapeTensorName. */
            denseShapeTensorName: string;

            /**
             * Creates a new CooSparse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CooSparse instance
             */
            static create(properties: tensorflow.TensorInfo.CooSparse.$Shape): tensorflow.TensorInfo.CooSparse & tensorflow.TensorInfo.CooSparse.$Shape;
            static create(properties?: tensorflow.TensorInfo.CooSparse.$Properties): tensorflow.TensorInfo.CooSparse;

            /**
             * Encodes the specified CooSparse message. Does not implicitly {@link tensorflow.TensorInfo.CooSparse.verify|verify} messages.
             * @param message CooSparse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.TensorInfo.CooSparse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CooSparse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.TensorInfo.CooSparse & tensorflow.TensorInfo.CooSparse.$Shape} CooSparse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.TensorInfo.CooSparse & tensorflow.TensorInfo.CooSparse.$Shape;

            /**
             * Creates a CooSparse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CooSparse
             */
            static fromObject(object: { [k: string]: any }): tensorflow.TensorInfo.CooSparse;

            /**
             * Creates a plain object from a CooSparse message. Also converts values to other types if specified.
             * @param message CooSparse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.TensorInfo.CooSparse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CooSparse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CooSparse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CooSparse {

            /** Properties of a CooSparse. */
            interface $Properties {

                /** CooSparse valuesTensorName */
                valuesTensorName?: (string|null);

                /** CooSparse indicesTensorName */
                indicesTensorName?: (string|null);

                /** CooSparse denseShapeTensorName */
                denseShapeTensorName?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CooSparse. */
            type $Shape = tensorflow.TensorInfo.CooSparse.$Properties;
        }

        /**
         * Properties of a CompositeTensor.
         * @deprecated Use tensorflow.TensorInfo.CompositeTensor.$Properties instead.
         */
        interface ICompositeTensor extends tensorflow.TensorInfo.CompositeTensor.$Properties {
        }

        /** Represents a CompositeTensor. */
        class CompositeTensor {

            /**
             * Constructs a new CompositeTensor.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.TensorInfo.CompositeTensor.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CompositeTensor components. */
            components: tensorflow.TensorInfo.$Properties[];

            /**
             * Creates a new CompositeTensor instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CompositeTensor instance
             */
            static create(properties: tensorflow.TensorInfo.CompositeTensor.$Shape): tensorflow.TensorInfo.CompositeTensor & tensorflow.TensorInfo.CompositeTensor.$Shape;
            static create(properties?: tensorflow.TensorInfo.CompositeTensor.$Properties): tensorflow.TensorInfo.CompositeTensor;

            /**
             * Encodes the specified CompositeTensor message. Does not implicitly {@link tensorflow.TensorInfo.CompositeTensor.verify|verify} messages.
             * @param message CompositeTensor message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.TensorInfo.CompositeTensor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CompositeTensor message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.TensorInfo.CompositeTensor & tensorflow.TensorInfo.CompositeTensor.$Shape} CompositeTensor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.TensorInfo.CompositeTensor & tensorflow.TensorInfo.CompositeTensor.$Shape;

            /**
             * Creates a CompositeTensor message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CompositeTensor
             */
            static fromObject(object: { [k: string]: any }): tensorflow.TensorInfo.CompositeTensor;

            /**
             * Creates a plain object from a CompositeTensor message. Also converts values to other types if specified.
             * @param message CompositeTensor
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.TensorInfo.CompositeTensor, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CompositeTensor to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CompositeTensor
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CompositeTensor {

            /** Properties of a CompositeTensor. */
            interface $Properties {

                /** CompositeTensor components */
                components?: (tensorflow.TensorInfo.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CompositeTensor. */
            type $Shape = {
              components?: tensorflow.TensorInfo.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }
    }

    /**
     * Properties of a SignatureDef.
     * @deprecated Use tensorflow.SignatureDef.$Properties instead.
     */
    interface ISignatureDef extends tensorflow.SignatureDef.$Properties {
    }

    /** Represents a SignatureDef. */
    class SignatureDef {

        /**
         * Constructs a new SignatureDef.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.SignatureDef.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SignatureDef inputs. */
        inputs: { [k: string]: tensorflow.TensorInfo.$Properties };

        /** SignatureDef outputs. */
        outputs: { [k: string]: tensorflow.TensorInfo.$Properties };

        /** SignatureDef methodName. */
        methodName: string;

        /** SignatureDef defaults. */
        defaults: { [k: string]: tensorflow.TensorProto.$Properties };

        /**
         * Creates a new SignatureDef instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SignatureDef instance
         */
        static create(properties: tensorflow.SignatureDef.$Shape): tensorflow.SignatureDef & tensorflow.SignatureDef.$Shape;
        static create(properties?: tensorflow.SignatureDef.$Properties): tensorflow.SignatureDef;

        /**
         * Encodes the specified SignatureDef message. Does not implicitly {@link tensorflow.SignatureDef.verify|verify} messages.
         * @param message SignatureDef message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.SignatureDef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SignatureDef message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.SignatureDef & tensorflow.SignatureDef.$Shape} SignatureDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.SignatureDef & tensorflow.SignatureDef.$Shape;

        /**
         * Creates a SignatureDef message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SignatureDef
         */
        static fromObject(object: { [k: string]: any }): tensorflow.SignatureDef;

        /**
         * Creates a plain object from a SignatureDef message. Also converts values to other types if specified.
         * @param message SignatureDef
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.SignatureDef, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SignatureDef to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SignatureDef
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SignatureDef {

        /** Properties of a SignatureDef. */
        interface $Properties {

            /** SignatureDef inputs */
            inputs?: ({ [k: string]: tensorflow.TensorInfo.$Properties }|null);

            /** SignatureDef outputs */
            outputs?: ({ [k: string]: tensorflow.TensorInfo.$Properties }|null);

            /** SignatureDef methodName */
            methodName?: (string|null);

            /** SignatureDef defaults */
            defaults?: ({ [k: string]: tensorflow.TensorProto.$Properties }|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SignatureDef. */
        type $Shape = {
          inputs?: { [k: string]: tensorflow.TensorInfo.$Shape }|null;
          outputs?: { [k: string]: tensorflow.TensorInfo.$Shape }|null;
          methodName?: string|null;
          defaults?: { [k: string]: tensorflow.TensorProto.$Shape }|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of an AssetFileDef.
     * @deprecated Use tensorflow.AssetFileDef.$Properties instead.
     */
    interface IAssetFileDef extends tensorflow.AssetFileDef.$Properties {
    }

    /** Represents an AssetFileDef. */
    class AssetFileDef {

        /**
         * Constructs a new AssetFileDef.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.AssetFileDef.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AssetFileDef tensorInfo. */
        tensorInfo?: (tensorflow.TensorInfo.$Properties|null);

        /** AssetFileDef filename. */
        filename: string;

        /**
         * Creates a new AssetFileDef instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AssetFileDef instance
         */
        static create(properties: tensorflow.AssetFileDef.$Shape): tensorflow.AssetFileDef & tensorflow.AssetFileDef.$Shape;
        static create(properties?: tensorflow.AssetFileDef.$Properties): tensorflow.AssetFileDef;

        /**
         * Encodes the specified AssetFileDef message. Does not implicitly {@link tensorflow.AssetFileDef.verify|verify} messages.
         * @param message AssetFileDef message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.AssetFileDef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AssetFileDef message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.AssetFileDef & tensorflow.AssetFileDef.$Shape} AssetFileDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.AssetFileDef & tensorflow.AssetFileDef.$Shape;

        /**
         * Creates an AssetFileDef message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AssetFileDef
         */
        static fromObject(object: { [k: string]: any }): tensorflow.AssetFileDef;

        /**
         * Creates a plain object from an AssetFileDef message. Also converts values to other types if specified.
         * @param message AssetFileDef
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.AssetFileDef, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AssetFileDef to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for AssetFileDef
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace AssetFileDef {

        /** Properties of an AssetFileDef. */
        interface $Properties {

            /** AssetFileDef tensorInfo */
            tensorInfo?: (tensorflow.TensorInfo.$Properties|null);

            /** AssetFileDef filename */
            filename?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AssetFileDef. */
        type $Shape = {
          tensorInfo?: tensorflow.TensorInfo.$Shape|null;
          filename?: string|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a SaverDef.
     * @deprecated Use tensorflow.SaverDef.$Properties instead.
     */
    interface ISaverDef extends tensorflow.SaverDef.$Properties {
    }

    /** Represents a SaverDef. */
    class SaverDef {

        /**
         * Constructs a new SaverDef.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.SaverDef.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SaverDef filenameTensorName. */
        filenameTensorName: string;

        /** SaverDef saveTensorName. */
        saveTensorName: string;

        /** SaverDef restoreOpName. */
        restoreOpName: string;

        /** SaverDef maxToKeep. */
        maxToKeep: number;

        /** SaverDef sharded. */
        sharded: boolean;

        /** SaverDef keepCheckpointEveryNHours. */
        keepCheckpointEveryNHours: number;

        /** SaverDef version. */
        version: tensorflow.SaverDef.CheckpointFormatVersion;

        /**
         * Creates a new SaverDef instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SaverDef instance
         */
        static create(properties: tensorflow.SaverDef.$Shape): tensorflow.SaverDef & tensorflow.SaverDef.$Shape;
        static create(properties?: tensorflow.SaverDef.$Properties): tensorflow.SaverDef;

        /**
         * Encodes the specified SaverDef message. Does not implicitly {@link tensorflow.SaverDef.verify|verify} messages.
         * @param message SaverDef message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.SaverDef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SaverDef message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.SaverDef & tensorflow.SaverDef.$Shape} SaverDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.SaverDef & tensorflow.SaverDef.$Shape;

        /**
         * Creates a SaverDef message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SaverDef
         */
        static fromObject(object: { [k: string]: any }): tensorflow.SaverDef;

        /**
         * Creates a plain object from a SaverDef message. Also converts values to other types if specified.
         * @param message SaverDef
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.SaverDef, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SaverDef to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SaverDef
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SaverDef {

        /** Properties of a SaverDef. */
        interface $Properties {

            /** SaverDef filenameTensorName */
            filenameTensorName?: (string|null);

            /** SaverDef saveTensorName */
            saveTensorName?: (string|null);

            /** SaverDef restoreOpName */
            restoreOpName?: (string|null);

            /** SaverDef maxToKeep */
            maxToKeep?: (number|null);

            /** SaverDef sharded */
            sharded?: (boolean|null);

            /** SaverDef keepCheckpointEveryNHours */
            keepCheckpointEveryNHours?: (number|null);

            /** SaverDef version */
            version?: (tensorflow.SaverDef.CheckpointFormatVersion|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SaverDef. */
        type $Shape = tensorflow.SaverDef.$Properties;

        /** CheckpointFormatVersion enum. */
        enum CheckpointFormatVersion {

            /** LEGACY value */
            LEGACY = 0,

            /** V1 value */
            V1 = 1,

            /** V2 value */
            V2 = 2
        }
    }

    /**
     * Properties of a SavedObjectGraph.
     * @deprecated Use tensorflow.SavedObjectGraph.$Properties instead.
     */
    interface ISavedObjectGraph extends tensorflow.SavedObjectGraph.$Properties {
    }

    /** Represents a SavedObjectGraph. */
    class SavedObjectGraph {

        /**
         * Constructs a new SavedObjectGraph.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.SavedObjectGraph.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SavedObjectGraph nodes. */
        nodes: tensorflow.SavedObject.$Properties[];

        /** SavedObjectGraph concreteFunctions. */
        concreteFunctions: { [k: string]: tensorflow.SavedConcreteFunction.$Properties };

        /**
         * Creates a new SavedObjectGraph instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SavedObjectGraph instance
         */
        static create(properties: tensorflow.SavedObjectGraph.$Shape): tensorflow.SavedObjectGraph & tensorflow.SavedObjectGraph.$Shape;
        static create(properties?: tensorflow.SavedObjectGraph.$Properties): tensorflow.SavedObjectGraph;

        /**
         * Encodes the specified SavedObjectGraph message. Does not implicitly {@link tensorflow.SavedObjectGraph.verify|verify} messages.
         * @param message SavedObjectGraph message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.SavedObjectGraph.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SavedObjectGraph message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.SavedObjectGraph & tensorflow.SavedObjectGraph.$Shape} SavedObjectGraph
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.SavedObjectGraph & tensorflow.SavedObjectGraph.$Shape;

        /**
         * Creates a SavedObjectGraph message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SavedObjectGraph
         */
        static fromObject(object: { [k: string]: any }): tensorflow.SavedObjectGraph;

        /**
         * Creates a plain object from a SavedObjectGraph message. Also converts values to other types if specified.
         * @param message SavedObjectGraph
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.SavedObjectGraph, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SavedObjectGraph to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SavedObjectGraph
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SavedObjectGraph {

        /** Properties of a SavedObjectGraph. */
        interface $Properties {

            /** SavedObjectGraph nodes */
            nodes?: (tensorflow.SavedObject.$Properties[]|null);

            /** SavedObjectGraph concreteFunctions */
            concreteFunctions?: ({ [k: string]: tensorflow.SavedConcreteFunction.$Properties }|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SavedObjectGraph. */
        type $Shape = {
          nodes?: tensorflow.SavedObject.$Shape[]|null;
          concreteFunctions?: { [k: string]: tensorflow.SavedConcreteFunction.$Shape }|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of an ObjectReference.
     * @deprecated Use tensorflow.ObjectReference.$Properties instead.
     */
    interface IObjectReference extends tensorflow.ObjectReference.$Properties {
    }

    /** Represents an ObjectReference. */
    class ObjectReference {

        /**
         * Constructs a new ObjectReference.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.ObjectReference.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ObjectReference nodeId. */
        nodeId: number;

        /** ObjectReference localName. */
        localName: string;

        /**
         * Creates a new ObjectReference instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ObjectReference instance
         */
        static create(properties: tensorflow.ObjectReference.$Shape): tensorflow.ObjectReference & tensorflow.ObjectReference.$Shape;
        static create(properties?: tensorflow.ObjectReference.$Properties): tensorflow.ObjectReference;

        /**
         * Encodes the specified ObjectReference message. Does not implicitly {@link tensorflow.ObjectReference.verify|verify} messages.
         * @param message ObjectReference message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.ObjectReference.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ObjectReference message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.ObjectReference & tensorflow.ObjectReference.$Shape} ObjectReference
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.ObjectReference & tensorflow.ObjectReference.$Shape;

        /**
         * Creates an ObjectReference message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ObjectReference
         */
        static fromObject(object: { [k: string]: any }): tensorflow.ObjectReference;

        /**
         * Creates a plain object from an ObjectReference message. Also converts values to other types if specified.
         * @param message ObjectReference
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.ObjectReference, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ObjectReference to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ObjectReference
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ObjectReference {

        /** Properties of an ObjectReference. */
        interface $Properties {

            /** ObjectReference nodeId */
            nodeId?: (number|null);

            /** ObjectReference localName */
            localName?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ObjectReference. */
        type $Shape = tensorflow.ObjectReference.$Properties;
    }

    /**
     * Properties of a SavedObject.
     * @deprecated Use tensorflow.SavedObject.$Properties instead.
     */
    interface ISavedObject extends tensorflow.SavedObject.$Properties {
    }

    /** Represents a SavedObject. */
    class SavedObject {

        /**
         * Constructs a new SavedObject.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.SavedObject.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SavedObject children. */
        children: tensorflow.ObjectReference.$Properties[];

        /** SavedObject dependencies. */
        dependencies: tensorflow.ObjectReference.$Properties[];

        /** SavedObject userObject. */
        userObject?: (tensorflow.SavedUserObject.$Properties|null);

        /** SavedObject asset. */
        asset?: (tensorflow.SavedAsset.$Properties|null);

        /** SavedObject function. */
        function?: (tensorflow.SavedFunction.$Properties|null);

        /** SavedObject variable. */
        variable?: (tensorflow.SavedVariable.$Properties|null);

        /** SavedObject bareConcreteFunction. */
        bareConcreteFunction?: (tensorflow.SavedBareConcreteFunction.$Properties|null);

        /** SavedObject constant. */
        constant?: (tensorflow.SavedConstant.$Properties|null);

        /** SavedObject resource. */
        resource?: (tensorflow.SavedResource.$Properties|null);

        /** SavedObject capturedTensor. */
        capturedTensor?: (tensorflow.CapturedTensor.$Properties|null);

        /** SavedObject registeredName. */
        registeredName: string;

        /** SavedObject kind. */
        kind?: ("userObject"|"asset"|"Function"|"variable"|"bareConcreteFunction"|"constant"|"resource"|"capturedTensor");

        /**
         * Creates a new SavedObject instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SavedObject instance
         */
        static create(properties: tensorflow.SavedObject.$Shape): tensorflow.SavedObject & tensorflow.SavedObject.$Shape;
        static create(properties?: tensorflow.SavedObject.$Properties): tensorflow.SavedObject;

        /**
         * Encodes the specified SavedObject message. Does not implicitly {@link tensorflow.SavedObject.verify|verify} messages.
         * @param message SavedObject message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.SavedObject.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SavedObject message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.SavedObject & tensorflow.SavedObject.$Shape} SavedObject
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.SavedObject & tensorflow.SavedObject.$Shape;

        /**
         * Creates a SavedObject message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SavedObject
         */
        static fromObject(object: { [k: string]: any }): tensorflow.SavedObject;

        /**
         * Creates a plain object from a SavedObject message. Also converts values to other types if specified.
         * @param message SavedObject
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.SavedObject, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SavedObject to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SavedObject
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SavedObject {

        /** Properties of a SavedObject. */
        interface $Properties {

            /** SavedObject children */
            children?: (tensorflow.ObjectReference.$Properties[]|null);

            /** SavedObject dependencies */
            dependencies?: (tensorflow.ObjectReference.$Properties[]|null);

            /** SavedObject userObject */
            userObject?: (tensorflow.SavedUserObject.$Properties|null);

            /** SavedObject asset */
            asset?: (tensorflow.SavedAsset.$Properties|null);

            /** SavedObject function */
            "function"?: (tensorflow.SavedFunction.$Properties|null);

            /** SavedObject variable */
            variable?: (tensorflow.SavedVariable.$Properties|null);

            /** SavedObject bareConcreteFunction */
            bareConcreteFunction?: (tensorflow.SavedBareConcreteFunction.$Properties|null);

            /** SavedObject constant */
            constant?: (tensorflow.SavedConstant.$Properties|null);

            /** SavedObject resource */
            resource?: (tensorflow.SavedResource.$Properties|null);

            /** SavedObject capturedTensor */
            capturedTensor?: (tensorflow.CapturedTensor.$Properties|null);

            /** SavedObject registeredName */
            registeredName?: (string|null);

            /** SavedObject kind */
            kind?: ("userObject"|"asset"|"Function"|"variable"|"bareConcreteFunction"|"constant"|"resource"|"capturedTensor");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a SavedObject. */
        type $Shape = {
          children?: tensorflow.ObjectReference.$Shape[]|null;
          dependencies?: tensorflow.ObjectReference.$Shape[]|null;
          userObject?: tensorflow.SavedUserObject.$Shape|null;
          asset?: tensorflow.SavedAsset.$Shape|null;
          "Function"?: tensorflow.SavedFunction.$Shape|null;
          variable?: tensorflow.SavedVariable.$Shape|null;
          bareConcreteFunction?: tensorflow.SavedBareConcreteFunction.$Shape|null;
          constant?: tensorflow.SavedConstant.$Shape|null;
          resource?: tensorflow.SavedResource.$Shape|null;
          capturedTensor?: tensorflow.CapturedTensor.$Shape|null;
          registeredName?: string|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ kind?: undefined; userObject?: null; asset?: null; "Function"?: null; variable?: null; bareConcreteFunction?: null; constant?: null; resource?: null; capturedTensor?: null }|{ kind?: "userObject"; userObject: tensorflow.SavedUserObject.$Shape; asset?: null; "Function"?: null; variable?: null; bareConcreteFunction?: null; constant?: null; resource?: null; capturedTensor?: null }|{ kind?: "asset"; userObject?: null; asset: tensorflow.SavedAsset.$Shape; "Function"?: null; variable?: null; bareConcreteFunction?: null; constant?: null; resource?: null; capturedTensor?: null }|{ kind?: "Function"; userObject?: null; asset?: null; "Function": tensorflow.SavedFunction.$Shape; variable?: null; bareConcreteFunction?: null; constant?: null; resource?: null; capturedTensor?: null }|{ kind?: "variable"; userObject?: null; asset?: null; "Function"?: null; variable: tensorflow.SavedVariable.$Shape; bareConcreteFunction?: null; constant?: null; resource?: null; capturedTensor?: null }|{ kind?: "bareConcreteFunction"; userObject?: null; asset?: null; "Function"?: null; variable?: null; bareConcreteFunction: tensorflow.SavedBareConcreteFunction.$Shape; constant?: null; resource?: null; capturedTensor?: null }|{ kind?: "constant"; userObject?: null; asset?: null; "Function"?: null; variable?: null; bareConcreteFunction?: null; constant: tensorflow.SavedConstant.$Shape; resource?: null; capturedTensor?: null }|{ kind?: "resource"; userObject?: null; asset?: null; "Function"?: null; variable?: null; bareConcreteFunction?: null; constant?: null; resource: tensorflow.SavedResource.$Shape; capturedTensor?: null }|{ kind?: "capturedTensor"; userObject?: null; asset?: null; "Function"?: null; variable?: null; bareConcreteFunction?: null; constant?: null; resource?: null; capturedTensor: tensorflow.CapturedTensor.$Shape })
        );
    }

    /**
     * Properties of a SavedUserObject.
     * @deprecated Use tensorflow.SavedUserObject.$Properties instead.
     */
    interface ISavedUserObject extends tensorflow.SavedUserObject.$Properties {
    }

    /** Represents a SavedUserObject. */
    class SavedUserObject {

        /**
         * Constructs a new SavedUserObject.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.SavedUserObject.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SavedUserObject identifier. */
        identifier: string;

        /** SavedUserObject version. */
        version?: (tensorflow.VersionDef.$Properties|null);

        /** SavedUserObject metadata. */
        metadata: string;

        /**
         * Creates a new SavedUserObject instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SavedUserObject instance
         */
        static create(properties: tensorflow.SavedUserObject.$Shape): tensorflow.SavedUserObject & tensorflow.SavedUserObject.$Shape;
        static create(properties?: tensorflow.SavedUserObject.$Properties): tensorflow.SavedUserObject;

        /**
         * Encodes the specified SavedUserObject message. Does not implicitly {@link tensorflow.SavedUserObject.verify|verify} messages.
         * @param message SavedUserObject message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.SavedUserObject.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SavedUserObject message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.SavedUserObject & tensorflow.SavedUserObject.$Shape} SavedUserObject
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.SavedUserObject & tensorflow.SavedUserObject.$Shape;

        /**
         * Creates a SavedUserObject message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SavedUserObject
         */
        static fromObject(object: { [k: string]: any }): tensorflow.SavedUserObject;

        /**
         * Creates a plain object from a SavedUserObject message. Also converts values to other types if specified.
         * @param message SavedUserObject
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.SavedUserObject, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SavedUserObject to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SavedUserObject
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SavedUserObject {

        /** Properties of a SavedUserObject. */
        interface $Properties {

            /** SavedUserObject identifier */
            identifier?: (string|null);

            /** SavedUserObject version */
            version?: (tensorflow.VersionDef.$Properties|null);

            /** SavedUserObject metadata */
            metadata?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SavedUserObject. */
        type $Shape = tensorflow.SavedUserObject.$Properties;
    }

    /**
     * Properties of a SavedAsset.
     * @deprecated Use tensorflow.SavedAsset.$Properties instead.
     */
    interface ISavedAsset extends tensorflow.SavedAsset.$Properties {
    }

    /** Represents a SavedAsset. */
    class SavedAsset {

        /**
         * Constructs a new SavedAsset.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.SavedAsset.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SavedAsset assetFileDefIndex. */
        assetFileDefIndex: number;

        /**
         * Creates a new SavedAsset instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SavedAsset instance
         */
        static create(properties: tensorflow.SavedAsset.$Shape): tensorflow.SavedAsset & tensorflow.SavedAsset.$Shape;
        static create(properties?: tensorflow.SavedAsset.$Properties): tensorflow.SavedAsset;

        /**
         * Encodes the specified SavedAsset message. Does not implicitly {@link tensorflow.SavedAsset.verify|verify} messages.
         * @param message SavedAsset message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.SavedAsset.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SavedAsset message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.SavedAsset & tensorflow.SavedAsset.$Shape} SavedAsset
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.SavedAsset & tensorflow.SavedAsset.$Shape;

        /**
         * Creates a SavedAsset message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SavedAsset
         */
        static fromObject(object: { [k: string]: any }): tensorflow.SavedAsset;

        /**
         * Creates a plain object from a SavedAsset message. Also converts values to other types if specified.
         * @param message SavedAsset
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.SavedAsset, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SavedAsset to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SavedAsset
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SavedAsset {

        /** Properties of a SavedAsset. */
        interface $Properties {

            /** SavedAsset assetFileDefIndex */
            assetFileDefIndex?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SavedAsset. */
        type $Shape = tensorflow.SavedAsset.$Properties;
    }

    /**
     * Properties of a SavedFunction.
     * @deprecated Use tensorflow.SavedFunction.$Properties instead.
     */
    interface ISavedFunction extends tensorflow.SavedFunction.$Properties {
    }

    /** Represents a SavedFunction. */
    class SavedFunction {

        /**
         * Constructs a new SavedFunction.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.SavedFunction.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SavedFunction concreteFunctions. */
        concreteFunctions: string[];

        /**
         * Creates a new SavedFunction instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SavedFunction instance
         */
        static create(properties: tensorflow.SavedFunction.$Shape): tensorflow.SavedFunction & tensorflow.SavedFunction.$Shape;
        static create(properties?: tensorflow.SavedFunction.$Properties): tensorflow.SavedFunction;

        /**
         * Encodes the specified SavedFunction message. Does not implicitly {@link tensorflow.SavedFunction.verify|verify} messages.
         * @param message SavedFunction message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.SavedFunction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SavedFunction message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.SavedFunction & tensorflow.SavedFunction.$Shape} SavedFunction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.SavedFunction & tensorflow.SavedFunction.$Shape;

        /**
         * Creates a SavedFunction message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SavedFunction
         */
        static fromObject(object: { [k: string]: any }): tensorflow.SavedFunction;

        /**
         * Creates a plain object from a SavedFunction message. Also converts values to other types if specified.
         * @param message SavedFunction
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.SavedFunction, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SavedFunction to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SavedFunction
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SavedFunction {

        /** Properties of a SavedFunction. */
        interface $Properties {

            /** SavedFunction concreteFunctions */
            concreteFunctions?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SavedFunction. */
        type $Shape = tensorflow.SavedFunction.$Properties;
    }

    /**
     * Properties of a CapturedTensor.
     * @deprecated Use tensorflow.CapturedTensor.$Properties instead.
     */
    interface ICapturedTensor extends tensorflow.CapturedTensor.$Properties {
    }

    /** Represents a CapturedTensor. */
    class CapturedTensor {

        /**
         * Constructs a new CapturedTensor.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.CapturedTensor.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CapturedTensor name. */
        name: string;

        /** CapturedTensor concreteFunction. */
        concreteFunction: string;

        /**
         * Creates a new CapturedTensor instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CapturedTensor instance
         */
        static create(properties: tensorflow.CapturedTensor.$Shape): tensorflow.CapturedTensor & tensorflow.CapturedTensor.$Shape;
        static create(properties?: tensorflow.CapturedTensor.$Properties): tensorflow.CapturedTensor;

        /**
         * Encodes the specified CapturedTensor message. Does not implicitly {@link tensorflow.CapturedTensor.verify|verify} messages.
         * @param message CapturedTensor message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.CapturedTensor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CapturedTensor message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.CapturedTensor & tensorflow.CapturedTensor.$Shape} CapturedTensor
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.CapturedTensor & tensorflow.CapturedTensor.$Shape;

        /**
         * Creates a CapturedTensor message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CapturedTensor
         */
        static fromObject(object: { [k: string]: any }): tensorflow.CapturedTensor;

        /**
         * Creates a plain object from a CapturedTensor message. Also converts values to other types if specified.
         * @param message CapturedTensor
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.CapturedTensor, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CapturedTensor to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for CapturedTensor
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace CapturedTensor {

        /** Properties of a CapturedTensor. */
        interface $Properties {

            /** CapturedTensor name */
            name?: (string|null);

            /** CapturedTensor concreteFunction */
            concreteFunction?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CapturedTensor. */
        type $Shape = tensorflow.CapturedTensor.$Properties;
    }

    /**
     * Properties of a SavedConcreteFunction.
     * @deprecated Use tensorflow.SavedConcreteFunction.$Properties instead.
     */
    interface ISavedConcreteFunction extends tensorflow.SavedConcreteFunction.$Properties {
    }

    /** Represents a SavedConcreteFunction. */
    class SavedConcreteFunction {

        /**
         * Constructs a new SavedConcreteFunction.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.SavedConcreteFunction.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SavedConcreteFunction boundInputs. */
        boundInputs: number[];

        /**
         * Creates a new SavedConcreteFunction instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SavedConcreteFunction instance
         */
        static create(properties: tensorflow.SavedConcreteFunction.$Shape): tensorflow.SavedConcreteFunction & tensorflow.SavedConcreteFunction.$Shape;
        static create(properties?: tensorflow.SavedConcreteFunction.$Properties): tensorflow.SavedConcreteFunction;

        /**
         * Encodes the specified SavedConcreteFunction message. Does not implicitly {@link tensorflow.SavedConcreteFunction.verify|verify} messages.
         * @param message SavedConcreteFunction message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.SavedConcreteFunction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SavedConcreteFunction message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.SavedConcreteFunction & tensorflow.SavedConcreteFunction.$Shape} SavedConcreteFunction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.SavedConcreteFunction & tensorflow.SavedConcreteFunction.$Shape;

        /**
         * Creates a SavedConcreteFunction message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SavedConcreteFunction
         */
        static fromObject(object: { [k: string]: any }): tensorflow.SavedConcreteFunction;

        /**
         * Creates a plain object from a SavedConcreteFunction message. Also converts values to other types if specified.
         * @param message SavedConcreteFunction
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.SavedConcreteFunction, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SavedConcreteFunction to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SavedConcreteFunction
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SavedConcreteFunction {

        /** Properties of a SavedConcreteFunction. */
        interface $Properties {

            /** SavedConcreteFunction boundInputs */
            boundInputs?: (number[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SavedConcreteFunction. */
        type $Shape = tensorflow.SavedConcreteFunction.$Properties;
    }

    /**
     * Properties of a SavedBareConcreteFunction.
     * @deprecated Use tensorflow.SavedBareConcreteFunction.$Properties instead.
     */
    interface ISavedBareConcreteFunction extends tensorflow.SavedBareConcreteFunction.$Properties {
    }

    /** Represents a SavedBareConcreteFunction. */
    class SavedBareConcreteFunction {

        /**
         * Constructs a new SavedBareConcreteFunction.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.SavedBareConcreteFunction.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SavedBareConcreteFunction concreteFunctionName. */
        concreteFunctionName: string;

        /** SavedBareConcreteFunction argumentKeywords. */
        argumentKeywords: string[];

        /** SavedBareConcreteFunction allowedPositionalArguments. */
        allowedPositionalArguments: number;

        /**
         * Creates a new SavedBareConcreteFunction instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SavedBareConcreteFunction instance
         */
        static create(properties: tensorflow.SavedBareConcreteFunction.$Shape): tensorflow.SavedBareConcreteFunction & tensorflow.SavedBareConcreteFunction.$Shape;
        static create(properties?: tensorflow.SavedBareConcreteFunction.$Properties): tensorflow.SavedBareConcreteFunction;

        /**
         * Encodes the specified SavedBareConcreteFunction message. Does not implicitly {@link tensorflow.SavedBareConcreteFunction.verify|verify} messages.
         * @param message SavedBareConcreteFunction message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.SavedBareConcreteFunction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SavedBareConcreteFunction message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.SavedBareConcreteFunction & tensorflow.SavedBareConcreteFunction.$Shape} SavedBareConcreteFunction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.SavedBareConcreteFunction & tensorflow.SavedBareConcreteFunction.$Shape;

        /**
         * Creates a SavedBareConcreteFunction message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SavedBareConcreteFunction
         */
        static fromObject(object: { [k: string]: any }): tensorflow.SavedBareConcreteFunction;

        /**
         * Creates a plain object from a SavedBareConcreteFunction message. Also converts values to other types if specified.
         * @param message SavedBareConcreteFunction
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.SavedBareConcreteFunction, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SavedBareConcreteFunction to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SavedBareConcreteFunction
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SavedBareConcreteFunction {

        /** Properties of a SavedBareConcreteFunction. */
        interface $Properties {

            /** SavedBareConcreteFunction concreteFunctionName */
            concreteFunctionName?: (string|null);

            /** SavedBareConcreteFunction argumentKeywords */
            argumentKeywords?: (string[]|null);

            /** SavedBareConcreteFunction allowedPositionalArguments */
            allowedPositionalArguments?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SavedBareConcreteFunction. */
        type $Shape = tensorflow.SavedBareConcreteFunction.$Properties;
    }

    /**
     * Properties of a SavedConstant.
     * @deprecated Use tensorflow.SavedConstant.$Properties instead.
     */
    interface ISavedConstant extends tensorflow.SavedConstant.$Properties {
    }

    /** Represents a SavedConstant. */
    class SavedConstant {

        /**
         * Constructs a new SavedConstant.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.SavedConstant.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SavedConstant operation. */
        operation: string;

        /**
         * Creates a new SavedConstant instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SavedConstant instance
         */
        static create(properties: tensorflow.SavedConstant.$Shape): tensorflow.SavedConstant & tensorflow.SavedConstant.$Shape;
        static create(properties?: tensorflow.SavedConstant.$Properties): tensorflow.SavedConstant;

        /**
         * Encodes the specified SavedConstant message. Does not implicitly {@link tensorflow.SavedConstant.verify|verify} messages.
         * @param message SavedConstant message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.SavedConstant.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SavedConstant message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.SavedConstant & tensorflow.SavedConstant.$Shape} SavedConstant
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.SavedConstant & tensorflow.SavedConstant.$Shape;

        /**
         * Creates a SavedConstant message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SavedConstant
         */
        static fromObject(object: { [k: string]: any }): tensorflow.SavedConstant;

        /**
         * Creates a plain object from a SavedConstant message. Also converts values to other types if specified.
         * @param message SavedConstant
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.SavedConstant, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SavedConstant to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SavedConstant
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SavedConstant {

        /** Properties of a SavedConstant. */
        interface $Properties {

            /** SavedConstant operation */
            operation?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SavedConstant. */
        type $Shape = tensorflow.SavedConstant.$Properties;
    }

    /**
     * Properties of a SavedVariable.
     * @deprecated Use tensorflow.SavedVariable.$Properties instead.
     */
    interface ISavedVariable extends tensorflow.SavedVariable.$Properties {
    }

    /** Represents a SavedVariable. */
    class SavedVariable {

        /**
         * Constructs a new SavedVariable.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.SavedVariable.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SavedVariable dtype. */
        dtype: tensorflow.DataType;

        /** SavedVariable shape. */
        shape?: (tensorflow.TensorShapeProto.$Properties|null);

        /** SavedVariable trainable. */
        trainable: boolean;

        /** SavedVariable name. */
        name: string;

        /** SavedVariable device. */
        device: string;

        /**
         * Creates a new SavedVariable instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SavedVariable instance
         */
        static create(properties: tensorflow.SavedVariable.$Shape): tensorflow.SavedVariable & tensorflow.SavedVariable.$Shape;
        static create(properties?: tensorflow.SavedVariable.$Properties): tensorflow.SavedVariable;

        /**
         * Encodes the specified SavedVariable message. Does not implicitly {@link tensorflow.SavedVariable.verify|verify} messages.
         * @param message SavedVariable message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.SavedVariable.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SavedVariable message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.SavedVariable & tensorflow.SavedVariable.$Shape} SavedVariable
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.SavedVariable & tensorflow.SavedVariable.$Shape;

        /**
         * Creates a SavedVariable message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SavedVariable
         */
        static fromObject(object: { [k: string]: any }): tensorflow.SavedVariable;

        /**
         * Creates a plain object from a SavedVariable message. Also converts values to other types if specified.
         * @param message SavedVariable
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.SavedVariable, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SavedVariable to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SavedVariable
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SavedVariable {

        /** Properties of a SavedVariable. */
        interface $Properties {

            /** SavedVariable dtype */
            dtype?: (tensorflow.DataType|null);

            /** SavedVariable shape */
            shape?: (tensorflow.TensorShapeProto.$Properties|null);

            /** SavedVariable trainable */
            trainable?: (boolean|null);

            /** SavedVariable name */
            name?: (string|null);

            /** SavedVariable device */
            device?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SavedVariable. */
        type $Shape = tensorflow.SavedVariable.$Properties;
    }

    /**
     * Properties of a SavedResource.
     * @deprecated Use tensorflow.SavedResource.$Properties instead.
     */
    interface ISavedResource extends tensorflow.SavedResource.$Properties {
    }

    /** Represents a SavedResource. */
    class SavedResource {

        /**
         * Constructs a new SavedResource.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.SavedResource.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SavedResource device. */
        device: string;

        /**
         * Creates a new SavedResource instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SavedResource instance
         */
        static create(properties: tensorflow.SavedResource.$Shape): tensorflow.SavedResource & tensorflow.SavedResource.$Shape;
        static create(properties?: tensorflow.SavedResource.$Properties): tensorflow.SavedResource;

        /**
         * Encodes the specified SavedResource message. Does not implicitly {@link tensorflow.SavedResource.verify|verify} messages.
         * @param message SavedResource message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.SavedResource.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SavedResource message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.SavedResource & tensorflow.SavedResource.$Shape} SavedResource
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.SavedResource & tensorflow.SavedResource.$Shape;

        /**
         * Creates a SavedResource message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SavedResource
         */
        static fromObject(object: { [k: string]: any }): tensorflow.SavedResource;

        /**
         * Creates a plain object from a SavedResource message. Also converts values to other types if specified.
         * @param message SavedResource
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.SavedResource, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SavedResource to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SavedResource
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SavedResource {

        /** Properties of a SavedResource. */
        interface $Properties {

            /** SavedResource device */
            device?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SavedResource. */
        type $Shape = tensorflow.SavedResource.$Properties;
    }

    /**
     * Properties of a TrackableObjectGraph.
     * @deprecated Use tensorflow.TrackableObjectGraph.$Properties instead.
     */
    interface ITrackableObjectGraph extends tensorflow.TrackableObjectGraph.$Properties {
    }

    /** Represents a TrackableObjectGraph. */
    class TrackableObjectGraph {

        /**
         * Constructs a new TrackableObjectGraph.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.TrackableObjectGraph.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TrackableObjectGraph nodes. */
        nodes: tensorflow.TrackableObjectGraph.TrackableObject.$Properties[];

        /**
         * Creates a new TrackableObjectGraph instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TrackableObjectGraph instance
         */
        static create(properties: tensorflow.TrackableObjectGraph.$Shape): tensorflow.TrackableObjectGraph & tensorflow.TrackableObjectGraph.$Shape;
        static create(properties?: tensorflow.TrackableObjectGraph.$Properties): tensorflow.TrackableObjectGraph;

        /**
         * Encodes the specified TrackableObjectGraph message. Does not implicitly {@link tensorflow.TrackableObjectGraph.verify|verify} messages.
         * @param message TrackableObjectGraph message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.TrackableObjectGraph.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TrackableObjectGraph message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.TrackableObjectGraph & tensorflow.TrackableObjectGraph.$Shape} TrackableObjectGraph
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.TrackableObjectGraph & tensorflow.TrackableObjectGraph.$Shape;

        /**
         * Creates a TrackableObjectGraph message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TrackableObjectGraph
         */
        static fromObject(object: { [k: string]: any }): tensorflow.TrackableObjectGraph;

        /**
         * Creates a plain object from a TrackableObjectGraph message. Also converts values to other types if specified.
         * @param message TrackableObjectGraph
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.TrackableObjectGraph, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TrackableObjectGraph to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for TrackableObjectGraph
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace TrackableObjectGraph {

        /** Properties of a TrackableObjectGraph. */
        interface $Properties {

            /** TrackableObjectGraph nodes */
            nodes?: (tensorflow.TrackableObjectGraph.TrackableObject.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TrackableObjectGraph. */
        type $Shape = tensorflow.TrackableObjectGraph.$Properties;

        /**
         * Properties of a TrackableObject.
         * @deprecated Use tensorflow.TrackableObjectGraph.TrackableObject.$Properties instead.
         */
        interface ITrackableObject extends tensorflow.TrackableObjectGraph.TrackableObject.$Properties {
        }

        /** Represents a TrackableObject. */
        class TrackableObject {

            /**
             * Constructs a new TrackableObject.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.TrackableObjectGraph.TrackableObject.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TrackableObject children. */
            children: tensorflow.ObjectReference.$Properties[];

            /** TrackableObject attributes. */
            attributes: tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Properties[];

            /**
             * Creates a new TrackableObject instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TrackableObject instance
             */
            static create(properties: tensorflow.TrackableObjectGraph.TrackableObject.$Shape): tensorflow.TrackableObjectGraph.TrackableObject & tensorflow.TrackableObjectGraph.TrackableObject.$Shape;
            static create(properties?: tensorflow.TrackableObjectGraph.TrackableObject.$Properties): tensorflow.TrackableObjectGraph.TrackableObject;

            /**
             * Encodes the specified TrackableObject message. Does not implicitly {@link tensorflow.TrackableObjectGraph.TrackableObject.verify|verify} messages.
             * @param message TrackableObject message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.TrackableObjectGraph.TrackableObject.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TrackableObject message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.TrackableObjectGraph.TrackableObject & tensorflow.TrackableObjectGraph.TrackableObject.$Shape} TrackableObject
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.TrackableObjectGraph.TrackableObject & tensorflow.TrackableObjectGraph.TrackableObject.$Shape;

            /**
             * Creates a TrackableObject message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TrackableObject
             */
            static fromObject(object: { [k: string]: any }): tensorflow.TrackableObjectGraph.TrackableObject;

            /**
             * Creates a plain object from a TrackableObject message. Also converts values to other types if specified.
             * @param message TrackableObject
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.TrackableObjectGraph.TrackableObject, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TrackableObject to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TrackableObject
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TrackableObject {

            /** Properties of a TrackableObject. */
            interface $Properties {

                /** TrackableObject children */
                children?: (tensorflow.ObjectReference.$Properties[]|null);

                /** TrackableObject attributes */
                attributes?: (tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TrackableObject. */
            type $Shape = tensorflow.TrackableObjectGraph.TrackableObject.$Properties;

            /**
             * Properties of a SerializedTensor.
             * @deprecated Use tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Properties instead.
             */
            interface ISerializedTensor extends tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Properties {
            }

            /** Represents a SerializedTensor. */
            class SerializedTensor {

                /**
                 * Constructs a new SerializedTensor.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SerializedTensor name. */
                name: string;

                /** SerializedTensor fullName. */
                fullName: string;

                /** SerializedTensor checkpointKey. */
                checkpointKey: string;

                /**
                 * Creates a new SerializedTensor instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SerializedTensor instance
                 */
                static create(properties: tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Shape): tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor & tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Shape;
                static create(properties?: tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Properties): tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor;

                /**
                 * Encodes the specified SerializedTensor message. Does not implicitly {@link tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.verify|verify} messages.
                 * @param message SerializedTensor message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SerializedTensor message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor & tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Shape} SerializedTensor
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor & tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Shape;

                /**
                 * Creates a SerializedTensor message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SerializedTensor
                 */
                static fromObject(object: { [k: string]: any }): tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor;

                /**
                 * Creates a plain object from a SerializedTensor message. Also converts values to other types if specified.
                 * @param message SerializedTensor
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SerializedTensor to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SerializedTensor
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SerializedTensor {

                /** Properties of a SerializedTensor. */
                interface $Properties {

                    /** SerializedTensor name */
                    name?: (string|null);

                    /** SerializedTensor fullName */
                    fullName?: (string|null);

                    /** SerializedTensor checkpointKey */
                    checkpointKey?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SerializedTensor. */
                type $Shape = tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Properties;
            }
        }
    }

    /**
     * Properties of a BundleHeaderProto.
     * @deprecated Use tensorflow.BundleHeaderProto.$Properties instead.
     */
    interface IBundleHeaderProto extends tensorflow.BundleHeaderProto.$Properties {
    }

    /** Represents a BundleHeaderProto. */
    class BundleHeaderProto {

        /**
         * Constructs a new BundleHeaderProto.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.BundleHeaderProto.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BundleHeaderProto numShards. */
        numShards: number;

        /** BundleHeaderProto endianness. */
        endianness: tensorflow.BundleHeaderProto.Endianness;

        /** BundleHeaderProto version. */
        version?: (tensorflow.VersionDef.$Properties|null);

        /**
         * Creates a new BundleHeaderProto instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BundleHeaderProto instance
         */
        static create(properties: tensorflow.BundleHeaderProto.$Shape): tensorflow.BundleHeaderProto & tensorflow.BundleHeaderProto.$Shape;
        static create(properties?: tensorflow.BundleHeaderProto.$Properties): tensorflow.BundleHeaderProto;

        /**
         * Encodes the specified BundleHeaderProto message. Does not implicitly {@link tensorflow.BundleHeaderProto.verify|verify} messages.
         * @param message BundleHeaderProto message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.BundleHeaderProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BundleHeaderProto message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.BundleHeaderProto & tensorflow.BundleHeaderProto.$Shape} BundleHeaderProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.BundleHeaderProto & tensorflow.BundleHeaderProto.$Shape;

        /**
         * Creates a BundleHeaderProto message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns BundleHeaderProto
         */
        static fromObject(object: { [k: string]: any }): tensorflow.BundleHeaderProto;

        /**
         * Creates a plain object from a BundleHeaderProto message. Also converts values to other types if specified.
         * @param message BundleHeaderProto
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.BundleHeaderProto, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BundleHeaderProto to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for BundleHeaderProto
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace BundleHeaderProto {

        /** Properties of a BundleHeaderProto. */
        interface $Properties {

            /** BundleHeaderProto numShards */
            numShards?: (number|null);

            /** BundleHeaderProto endianness */
            endianness?: (tensorflow.BundleHeaderProto.Endianness|null);

            /** BundleHeaderProto version */
            version?: (tensorflow.VersionDef.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BundleHeaderProto. */
        type $Shape = tensorflow.BundleHeaderProto.$Properties;

        /** Endianness enum. */
        enum Endianness {

            /** LITTLE value */
            LITTLE = 0,

            /** BIG value */
            BIG = 1
        }
    }

    /**
     * Properties of a TensorSliceProto.
     * @deprecated Use tensorflow.TensorSliceProto.$Properties instead.
     */
    interface ITensorSliceProto extends tensorflow.TensorSliceProto.$Properties {
    }

    /** Represents a TensorSliceProto. */
    class TensorSliceProto {

        /**
         * Constructs a new TensorSliceProto.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.TensorSliceProto.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TensorSliceProto extent. */
        extent: tensorflow.TensorSliceProto.Extent.$Properties[];

        /**
         * Creates a new TensorSliceProto instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TensorSliceProto instance
         */
        static create(properties: tensorflow.TensorSliceProto.$Shape): tensorflow.TensorSliceProto & tensorflow.TensorSliceProto.$Shape;
        static create(properties?: tensorflow.TensorSliceProto.$Properties): tensorflow.TensorSliceProto;

        /**
         * Encodes the specified TensorSliceProto message. Does not implicitly {@link tensorflow.TensorSliceProto.verify|verify} messages.
         * @param message TensorSliceProto message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.TensorSliceProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TensorSliceProto message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.TensorSliceProto & tensorflow.TensorSliceProto.$Shape} TensorSliceProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.TensorSliceProto & tensorflow.TensorSliceProto.$Shape;

        /**
         * Creates a TensorSliceProto message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TensorSliceProto
         */
        static fromObject(object: { [k: string]: any }): tensorflow.TensorSliceProto;

        /**
         * Creates a plain object from a TensorSliceProto message. Also converts values to other types if specified.
         * @param message TensorSliceProto
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.TensorSliceProto, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TensorSliceProto to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for TensorSliceProto
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace TensorSliceProto {

        /** Properties of a TensorSliceProto. */
        interface $Properties {

            /** TensorSliceProto extent */
            extent?: (tensorflow.TensorSliceProto.Extent.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TensorSliceProto. */
        type $Shape = {
          extent?: tensorflow.TensorSliceProto.Extent.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };

        /**
         * Properties of an Extent.
         * @deprecated Use tensorflow.TensorSliceProto.Extent.$Properties instead.
         */
        interface IExtent extends tensorflow.TensorSliceProto.Extent.$Properties {
        }

        /** Represents an Extent. */
        class Extent {

            /**
             * Constructs a new Extent.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.TensorSliceProto.Extent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Extent start. */
            start: number;

            /** Extent length. */
            length?: (number|null);

            /** Extent hasLength. */
            hasLength?: "length";

            /**
             * Creates a new Extent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Extent instance
             */
            static create(properties: tensorflow.TensorSliceProto.Extent.$Shape): tensorflow.TensorSliceProto.Extent & tensorflow.TensorSliceProto.Extent.$Shape;
            static create(properties?: tensorflow.TensorSliceProto.Extent.$Properties): tensorflow.TensorSliceProto.Extent;

            /**
             * Encodes the specified Extent message. Does not implicitly {@link tensorflow.TensorSliceProto.Extent.verify|verify} messages.
             * @param message Extent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.TensorSliceProto.Extent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Extent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.TensorSliceProto.Extent & tensorflow.TensorSliceProto.Extent.$Shape} Extent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.TensorSliceProto.Extent & tensorflow.TensorSliceProto.Extent.$Shape;

            /**
             * Creates an Extent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Extent
             */
            static fromObject(object: { [k: string]: any }): tensorflow.TensorSliceProto.Extent;

            /**
             * Creates a plain object from an Extent message. Also converts values to other types if specified.
             * @param message Extent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.TensorSliceProto.Extent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Extent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Extent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Extent {

            /** Properties of an Extent. */
            interface $Properties {

                /** Extent start */
                start?: (number|null);

                /** Extent length */
                length?: (number|null);

                /** Extent hasLength */
                hasLength?: "length";

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Extent. */
            type $Shape = {
              start?: number|null;
              length?: number|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ hasLength?: undefined; length?: null }|{ hasLength?: "length"; length: number })
            );
        }
    }

    /**
     * Properties of a BundleEntryProto.
     * @deprecated Use tensorflow.BundleEntryProto.$Properties instead.
     */
    interface IBundleEntryProto extends tensorflow.BundleEntryProto.$Properties {
    }

    /** Represents a BundleEntryProto. */
    class BundleEntryProto {

        /**
         * Constructs a new BundleEntryProto.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.BundleEntryProto.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BundleEntryProto dtype. */
        dtype: tensorflow.DataType;

        /** BundleEntryProto shape. */
        shape?: (tensorflow.TensorShapeProto.$Properties|null);

        /** BundleEntryProto shardId. */
        shardId: number;

        /** BundleEntryProto offset. */
        offset: number;

        /** BundleEntryProto size. */
        size: number;

        /** BundleEntryProto crc32c. */
        crc32c: number;

        /** BundleEntryProto slices. */
        slices: tensorflow.TensorSliceProto.$Properties[];

        /**
         * Creates a new BundleEntryProto instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BundleEntryProto instance
         */
        static create(properties: tensorflow.BundleEntryProto.$Shape): tensorflow.BundleEntryProto & tensorflow.BundleEntryProto.$Shape;
        static create(properties?: tensorflow.BundleEntryProto.$Properties): tensorflow.BundleEntryProto;

        /**
         * Encodes the specified BundleEntryProto message. Does not implicitly {@link tensorflow.BundleEntryProto.verify|verify} messages.
         * @param message BundleEntryProto message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.BundleEntryProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BundleEntryProto message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.BundleEntryProto & tensorflow.BundleEntryProto.$Shape} BundleEntryProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.BundleEntryProto & tensorflow.BundleEntryProto.$Shape;

        /**
         * Creates a BundleEntryProto message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns BundleEntryProto
         */
        static fromObject(object: { [k: string]: any }): tensorflow.BundleEntryProto;

        /**
         * Creates a plain object from a BundleEntryProto message. Also converts values to other types if specified.
         * @param message BundleEntryProto
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.BundleEntryProto, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BundleEntryProto to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for BundleEntryProto
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace BundleEntryProto {

        /** Properties of a BundleEntryProto. */
        interface $Properties {

            /** BundleEntryProto dtype */
            dtype?: (tensorflow.DataType|null);

            /** BundleEntryProto shape */
            shape?: (tensorflow.TensorShapeProto.$Properties|null);

            /** BundleEntryProto shardId */
            shardId?: (number|null);

            /** BundleEntryProto offset */
            offset?: (number|null);

            /** BundleEntryProto size */
            size?: (number|null);

            /** BundleEntryProto crc32c */
            crc32c?: (number|null);

            /** BundleEntryProto slices */
            slices?: (tensorflow.TensorSliceProto.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BundleEntryProto. */
        type $Shape = {
          dtype?: tensorflow.DataType|null;
          shape?: tensorflow.TensorShapeProto.$Shape|null;
          shardId?: number|null;
          offset?: number|null;
          size?: number|null;
          crc32c?: number|null;
          slices?: tensorflow.TensorSliceProto.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a FingerprintDef.
     * @deprecated Use tensorflow.FingerprintDef.$Properties instead.
     */
    interface IFingerprintDef extends tensorflow.FingerprintDef.$Properties {
    }

    /** Represents a FingerprintDef. */
    class FingerprintDef {

        /**
         * Constructs a new FingerprintDef.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.FingerprintDef.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** FingerprintDef savedModelChecksum. */
        savedModelChecksum: number;

        /** FingerprintDef graphDefProgramHash. */
        graphDefProgramHash: number;

        /** FingerprintDef signatureDefHash. */
        signatureDefHash: number;

        /** FingerprintDef savedObjectGraphHash. */
        savedObjectGraphHash: number;

        /** FingerprintDef checkpointHash. */
        checkpointHash: number;

        /** FingerprintDef uuid. */
        uuid: string;

        /** FingerprintDef version. */
        version?: (tensorflow.VersionDef.$Properties|null);

        /**
         * Creates a new FingerprintDef instance using the specified properties.
         * @param [properties] Properties to set
         * @returns FingerprintDef instance
         */
        static create(properties: tensorflow.FingerprintDef.$Shape): tensorflow.FingerprintDef & tensorflow.FingerprintDef.$Shape;
        static create(properties?: tensorflow.FingerprintDef.$Properties): tensorflow.FingerprintDef;

        /**
         * Encodes the specified FingerprintDef message. Does not implicitly {@link tensorflow.FingerprintDef.verify|verify} messages.
         * @param message FingerprintDef message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.FingerprintDef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FingerprintDef message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.FingerprintDef & tensorflow.FingerprintDef.$Shape} FingerprintDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.FingerprintDef & tensorflow.FingerprintDef.$Shape;

        /**
         * Creates a FingerprintDef message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns FingerprintDef
         */
        static fromObject(object: { [k: string]: any }): tensorflow.FingerprintDef;

        /**
         * Creates a plain object from a FingerprintDef message. Also converts values to other types if specified.
         * @param message FingerprintDef
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.FingerprintDef, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this FingerprintDef to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for FingerprintDef
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace FingerprintDef {

        /** Properties of a FingerprintDef. */
        interface $Properties {

            /** FingerprintDef savedModelChecksum */
            savedModelChecksum?: (number|null);

            /** FingerprintDef graphDefProgramHash */
            graphDefProgramHash?: (number|null);

            /** FingerprintDef signatureDefHash */
            signatureDefHash?: (number|null);

            /** FingerprintDef savedObjectGraphHash */
            savedObjectGraphHash?: (number|null);

            /** FingerprintDef checkpointHash */
            checkpointHash?: (number|null);

            /** FingerprintDef uuid */
            uuid?: (string|null);

            /** FingerprintDef version */
            version?: (tensorflow.VersionDef.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FingerprintDef. */
        type $Shape = tensorflow.FingerprintDef.$Properties;
    }

    /**
     * Properties of a SavedModelLazy.
     * @deprecated Use tensorflow.SavedModelLazy.$Properties instead.
     */
    interface ISavedModelLazy extends tensorflow.SavedModelLazy.$Properties {
    }

    /** Represents a SavedModelLazy. */
    class SavedModelLazy {

        /**
         * Constructs a new SavedModelLazy.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.SavedModelLazy.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SavedModelLazy savedModelSchemaVersion. */
        savedModelSchemaVersion: number;

        /** SavedModelLazy metaGraphs. */
        metaGraphs: tensorflow.MetaGraphDefLazy.$Properties[];

        /**
         * Creates a new SavedModelLazy instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SavedModelLazy instance
         */
        static create(properties: tensorflow.SavedModelLazy.$Shape): tensorflow.SavedModelLazy & tensorflow.SavedModelLazy.$Shape;
        static create(properties?: tensorflow.SavedModelLazy.$Properties): tensorflow.SavedModelLazy;

        /**
         * Encodes the specified SavedModelLazy message. Does not implicitly {@link tensorflow.SavedModelLazy.verify|verify} messages.
         * @param message SavedModelLazy message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.SavedModelLazy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SavedModelLazy message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.SavedModelLazy & tensorflow.SavedModelLazy.$Shape} SavedModelLazy
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.SavedModelLazy & tensorflow.SavedModelLazy.$Shape;

        /**
         * Creates a SavedModelLazy message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SavedModelLazy
         */
        static fromObject(object: { [k: string]: any }): tensorflow.SavedModelLazy;

        /**
         * Creates a plain object from a SavedModelLazy message. Also converts values to other types if specified.
         * @param message SavedModelLazy
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.SavedModelLazy, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SavedModelLazy to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SavedModelLazy
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SavedModelLazy {

        /** Properties of a SavedModelLazy. */
        interface $Properties {

            /** SavedModelLazy savedModelSchemaVersion */
            savedModelSchemaVersion?: (number|null);

            /** SavedModelLazy metaGraphs */
            metaGraphs?: (tensorflow.MetaGraphDefLazy.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SavedModelLazy. */
        type $Shape = {
          savedModelSchemaVersion?: number|null;
          metaGraphs?: tensorflow.MetaGraphDefLazy.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a MetaGraphDefLazy.
     * @deprecated Use tensorflow.MetaGraphDefLazy.$Properties instead.
     */
    interface IMetaGraphDefLazy extends tensorflow.MetaGraphDefLazy.$Properties {
    }

    /** Represents a MetaGraphDefLazy. */
    class MetaGraphDefLazy {

        /**
         * Constructs a new MetaGraphDefLazy.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.MetaGraphDefLazy.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MetaGraphDefLazy metaInfoDef. */
        metaInfoDef?: (tensorflow.MetaGraphDefLazy.MetaInfoDef.$Properties|null);

        /** MetaGraphDefLazy graphDef. */
        graphDef: Uint8Array;

        /** MetaGraphDefLazy saverDef. */
        saverDef?: (tensorflow.SaverDef.$Properties|null);

        /** MetaGraphDefLazy collectionDef. */
        collectionDef: Uint8Array;

        /** MetaGraphDefLazy signatureDef. */
        signatureDef: { [k: string]: tensorflow.SignatureDef.$Properties };

        /** MetaGraphDefLazy assetFileDef. */
        assetFileDef: tensorflow.AssetFileDef.$Properties[];

        /** MetaGraphDefLazy objectGraphDef. */
        objectGraphDef: Uint8Array;

        /**
         * Creates a new MetaGraphDefLazy instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MetaGraphDefLazy instance
         */
        static create(properties: tensorflow.MetaGraphDefLazy.$Shape): tensorflow.MetaGraphDefLazy & tensorflow.MetaGraphDefLazy.$Shape;
        static create(properties?: tensorflow.MetaGraphDefLazy.$Properties): tensorflow.MetaGraphDefLazy;

        /**
         * Encodes the specified MetaGraphDefLazy message. Does not implicitly {@link tensorflow.MetaGraphDefLazy.verify|verify} messages.
         * @param message MetaGraphDefLazy message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.MetaGraphDefLazy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MetaGraphDefLazy message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.MetaGraphDefLazy & tensorflow.MetaGraphDefLazy.$Shape} MetaGraphDefLazy
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.MetaGraphDefLazy & tensorflow.MetaGraphDefLazy.$Shape;

        /**
         * Creates a MetaGraphDefLazy message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MetaGraphDefLazy
         */
        static fromObject(object: { [k: string]: any }): tensorflow.MetaGraphDefLazy;

        /**
         * Creates a plain object from a MetaGraphDefLazy message. Also converts values to other types if specified.
         * @param message MetaGraphDefLazy
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.MetaGraphDefLazy, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MetaGraphDefLazy to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for MetaGraphDefLazy
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace MetaGraphDefLazy {

        /** Properties of a MetaGraphDefLazy. */
        interface $Properties {

            /** MetaGraphDefLazy metaInfoDef */
            metaInfoDef?: (tensorflow.MetaGraphDefLazy.MetaInfoDef.$Properties|null);

            /** MetaGraphDefLazy graphDef */
            graphDef?: (Uint8Array|null);

            /** MetaGraphDefLazy saverDef */
            saverDef?: (tensorflow.SaverDef.$Properties|null);

            /** MetaGraphDefLazy collectionDef */
            collectionDef?: (Uint8Array|null);

            /** MetaGraphDefLazy signatureDef */
            signatureDef?: ({ [k: string]: tensorflow.SignatureDef.$Properties }|null);

            /** MetaGraphDefLazy assetFileDef */
            assetFileDef?: (tensorflow.AssetFileDef.$Properties[]|null);

            /** MetaGraphDefLazy objectGraphDef */
            objectGraphDef?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MetaGraphDefLazy. */
        type $Shape = {
          metaInfoDef?: tensorflow.MetaGraphDefLazy.MetaInfoDef.$Shape|null;
          graphDef?: Uint8Array|null;
          saverDef?: tensorflow.SaverDef.$Shape|null;
          collectionDef?: Uint8Array|null;
          signatureDef?: { [k: string]: tensorflow.SignatureDef.$Shape }|null;
          assetFileDef?: tensorflow.AssetFileDef.$Shape[]|null;
          objectGraphDef?: Uint8Array|null;
          $unknowns?: Uint8Array[];
        };

        /**
         * Properties of a MetaInfoDef.
         * @deprecated Use tensorflow.MetaGraphDefLazy.MetaInfoDef.$Properties instead.
         */
        interface IMetaInfoDef extends tensorflow.MetaGraphDefLazy.MetaInfoDef.$Properties {
        }

        /** Represents a MetaInfoDef. */
        class MetaInfoDef {

            /**
             * Constructs a new MetaInfoDef.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.MetaGraphDefLazy.MetaInfoDef.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MetaInfoDef metaGraphVersion. */
            metaGraphVersion: string;

            /** MetaInfoDef strippedOpList. */
            strippedOpList: Uint8Array;

            /** MetaInfoDef tags. */
            tags: string[];

            /** MetaInfoDef tensorflowVersion. */
            tensorflowVersion: string;

            /** MetaInfoDef tensorflowGitVersion. */
            tensorflowGitVersion: string;

            /** MetaInfoDef strippedDefaultAttrs. */
            strippedDefaultAttrs: boolean;

            /**
             * Creates a new MetaInfoDef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MetaInfoDef instance
             */
            static create(properties: tensorflow.MetaGraphDefLazy.MetaInfoDef.$Shape): tensorflow.MetaGraphDefLazy.MetaInfoDef & tensorflow.MetaGraphDefLazy.MetaInfoDef.$Shape;
            static create(properties?: tensorflow.MetaGraphDefLazy.MetaInfoDef.$Properties): tensorflow.MetaGraphDefLazy.MetaInfoDef;

            /**
             * Encodes the specified MetaInfoDef message. Does not implicitly {@link tensorflow.MetaGraphDefLazy.MetaInfoDef.verify|verify} messages.
             * @param message MetaInfoDef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.MetaGraphDefLazy.MetaInfoDef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MetaInfoDef message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.MetaGraphDefLazy.MetaInfoDef & tensorflow.MetaGraphDefLazy.MetaInfoDef.$Shape} MetaInfoDef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.MetaGraphDefLazy.MetaInfoDef & tensorflow.MetaGraphDefLazy.MetaInfoDef.$Shape;

            /**
             * Creates a MetaInfoDef message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MetaInfoDef
             */
            static fromObject(object: { [k: string]: any }): tensorflow.MetaGraphDefLazy.MetaInfoDef;

            /**
             * Creates a plain object from a MetaInfoDef message. Also converts values to other types if specified.
             * @param message MetaInfoDef
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.MetaGraphDefLazy.MetaInfoDef, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MetaInfoDef to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MetaInfoDef
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MetaInfoDef {

            /** Properties of a MetaInfoDef. */
            interface $Properties {

                /** MetaInfoDef metaGraphVersion */
                metaGraphVersion?: (string|null);

                /** MetaInfoDef strippedOpList */
                strippedOpList?: (Uint8Array|null);

                /** MetaInfoDef tags */
                tags?: (string[]|null);

                /** MetaInfoDef tensorflowVersion */
                tensorflowVersion?: (string|null);

                /** MetaInfoDef tensorflowGitVersion */
                tensorflowGitVersion?: (string|null);

                /** MetaInfoDef strippedDefaultAttrs */
                strippedDefaultAttrs?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MetaInfoDef. */
            type $Shape = tensorflow.MetaGraphDefLazy.MetaInfoDef.$Properties;
        }
    }

    /**
     * Properties of a BytesList.
     * @deprecated Use tensorflow.BytesList.$Properties instead.
     */
    interface IBytesList extends tensorflow.BytesList.$Properties {
    }

    /** Represents a BytesList. */
    class BytesList {

        /**
         * Constructs a new BytesList.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.BytesList.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BytesList value. */
        value: Uint8Array[];

        /**
         * Creates a new BytesList instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BytesList instance
         */
        static create(properties: tensorflow.BytesList.$Shape): tensorflow.BytesList & tensorflow.BytesList.$Shape;
        static create(properties?: tensorflow.BytesList.$Properties): tensorflow.BytesList;

        /**
         * Encodes the specified BytesList message. Does not implicitly {@link tensorflow.BytesList.verify|verify} messages.
         * @param message BytesList message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.BytesList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BytesList message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.BytesList & tensorflow.BytesList.$Shape} BytesList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.BytesList & tensorflow.BytesList.$Shape;

        /**
         * Creates a BytesList message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns BytesList
         */
        static fromObject(object: { [k: string]: any }): tensorflow.BytesList;

        /**
         * Creates a plain object from a BytesList message. Also converts values to other types if specified.
         * @param message BytesList
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.BytesList, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BytesList to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for BytesList
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace BytesList {

        /** Properties of a BytesList. */
        interface $Properties {

            /** BytesList value */
            value?: (Uint8Array[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BytesList. */
        type $Shape = tensorflow.BytesList.$Properties;
    }

    /**
     * Properties of a FloatList.
     * @deprecated Use tensorflow.FloatList.$Properties instead.
     */
    interface IFloatList extends tensorflow.FloatList.$Properties {
    }

    /** Represents a FloatList. */
    class FloatList {

        /**
         * Constructs a new FloatList.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.FloatList.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** FloatList value. */
        value: number[];

        /**
         * Creates a new FloatList instance using the specified properties.
         * @param [properties] Properties to set
         * @returns FloatList instance
         */
        static create(properties: tensorflow.FloatList.$Shape): tensorflow.FloatList & tensorflow.FloatList.$Shape;
        static create(properties?: tensorflow.FloatList.$Properties): tensorflow.FloatList;

        /**
         * Encodes the specified FloatList message. Does not implicitly {@link tensorflow.FloatList.verify|verify} messages.
         * @param message FloatList message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.FloatList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FloatList message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.FloatList & tensorflow.FloatList.$Shape} FloatList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.FloatList & tensorflow.FloatList.$Shape;

        /**
         * Creates a FloatList message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns FloatList
         */
        static fromObject(object: { [k: string]: any }): tensorflow.FloatList;

        /**
         * Creates a plain object from a FloatList message. Also converts values to other types if specified.
         * @param message FloatList
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.FloatList, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this FloatList to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for FloatList
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace FloatList {

        /** Properties of a FloatList. */
        interface $Properties {

            /** FloatList value */
            value?: (number[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FloatList. */
        type $Shape = tensorflow.FloatList.$Properties;
    }

    /**
     * Properties of an Int64List.
     * @deprecated Use tensorflow.Int64List.$Properties instead.
     */
    interface IInt64List extends tensorflow.Int64List.$Properties {
    }

    /** Represents an Int64List. */
    class Int64List {

        /**
         * Constructs a new Int64List.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.Int64List.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Int64List value. */
        value: number[];

        /**
         * Creates a new Int64List instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Int64List instance
         */
        static create(properties: tensorflow.Int64List.$Shape): tensorflow.Int64List & tensorflow.Int64List.$Shape;
        static create(properties?: tensorflow.Int64List.$Properties): tensorflow.Int64List;

        /**
         * Encodes the specified Int64List message. Does not implicitly {@link tensorflow.Int64List.verify|verify} messages.
         * @param message Int64List message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.Int64List.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Int64List message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.Int64List & tensorflow.Int64List.$Shape} Int64List
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.Int64List & tensorflow.Int64List.$Shape;

        /**
         * Creates an Int64List message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Int64List
         */
        static fromObject(object: { [k: string]: any }): tensorflow.Int64List;

        /**
         * Creates a plain object from an Int64List message. Also converts values to other types if specified.
         * @param message Int64List
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.Int64List, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Int64List to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Int64List
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Int64List {

        /** Properties of an Int64List. */
        interface $Properties {

            /** Int64List value */
            value?: (number[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Int64List. */
        type $Shape = tensorflow.Int64List.$Properties;
    }

    /**
     * Properties of a Feature.
     * @deprecated Use tensorflow.Feature.$Properties instead.
     */
    interface IFeature extends tensorflow.Feature.$Properties {
    }

    /** Represents a Feature. */
    class Feature {

        /**
         * Constructs a new Feature.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.Feature.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Feature bytesList. */
        bytesList?: (tensorflow.BytesList.$Properties|null);

        /** Feature floatList. */
        floatList?: (tensorflow.FloatList.$Properties|null);

        /** Feature int64List. */
        int64List?: (tensorflow.Int64List.$Properties|null);

        /** Feature kind. */
        kind?: ("bytesList"|"floatList"|"int64List");

        /**
         * Creates a new Feature instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Feature instance
         */
        static create(properties: tensorflow.Feature.$Shape): tensorflow.Feature & tensorflow.Feature.$Shape;
        static create(properties?: tensorflow.Feature.$Properties): tensorflow.Feature;

        /**
         * Encodes the specified Feature message. Does not implicitly {@link tensorflow.Feature.verify|verify} messages.
         * @param message Feature message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.Feature.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Feature message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.Feature & tensorflow.Feature.$Shape} Feature
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.Feature & tensorflow.Feature.$Shape;

        /**
         * Creates a Feature message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Feature
         */
        static fromObject(object: { [k: string]: any }): tensorflow.Feature;

        /**
         * Creates a plain object from a Feature message. Also converts values to other types if specified.
         * @param message Feature
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.Feature, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Feature to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Feature
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Feature {

        /** Properties of a Feature. */
        interface $Properties {

            /** Feature bytesList */
            bytesList?: (tensorflow.BytesList.$Properties|null);

            /** Feature floatList */
            floatList?: (tensorflow.FloatList.$Properties|null);

            /** Feature int64List */
            int64List?: (tensorflow.Int64List.$Properties|null);

            /** Feature kind */
            kind?: ("bytesList"|"floatList"|"int64List");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a Feature. */
        type $Shape = {
          bytesList?: tensorflow.BytesList.$Shape|null;
          floatList?: tensorflow.FloatList.$Shape|null;
          int64List?: tensorflow.Int64List.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ kind?: undefined; bytesList?: null; floatList?: null; int64List?: null }|{ kind?: "bytesList"; bytesList: tensorflow.BytesList.$Shape; floatList?: null; int64List?: null }|{ kind?: "floatList"; bytesList?: null; floatList: tensorflow.FloatList.$Shape; int64List?: null }|{ kind?: "int64List"; bytesList?: null; floatList?: null; int64List: tensorflow.Int64List.$Shape })
        );
    }

    /**
     * Properties of a Features.
     * @deprecated Use tensorflow.Features.$Properties instead.
     */
    interface IFeatures extends tensorflow.Features.$Properties {
    }

    /** Represents a Features. */
    class Features {

        /**
         * Constructs a new Features.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.Features.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Features feature. */
        feature: { [k: string]: tensorflow.Feature.$Properties };

        /**
         * Creates a new Features instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Features instance
         */
        static create(properties: tensorflow.Features.$Shape): tensorflow.Features & tensorflow.Features.$Shape;
        static create(properties?: tensorflow.Features.$Properties): tensorflow.Features;

        /**
         * Encodes the specified Features message. Does not implicitly {@link tensorflow.Features.verify|verify} messages.
         * @param message Features message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.Features.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Features message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.Features & tensorflow.Features.$Shape} Features
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.Features & tensorflow.Features.$Shape;

        /**
         * Creates a Features message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Features
         */
        static fromObject(object: { [k: string]: any }): tensorflow.Features;

        /**
         * Creates a plain object from a Features message. Also converts values to other types if specified.
         * @param message Features
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.Features, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Features to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Features
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Features {

        /** Properties of a Features. */
        interface $Properties {

            /** Features feature */
            feature?: ({ [k: string]: tensorflow.Feature.$Properties }|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Features. */
        type $Shape = {
          feature?: { [k: string]: tensorflow.Feature.$Shape }|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of an Example.
     * @deprecated Use tensorflow.Example.$Properties instead.
     */
    interface IExample extends tensorflow.Example.$Properties {
    }

    /** Represents an Example. */
    class Example {

        /**
         * Constructs a new Example.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.Example.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Example features. */
        features?: (tensorflow.Features.$Properties|null);

        /**
         * Creates a new Example instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Example instance
         */
        static create(properties: tensorflow.Example.$Shape): tensorflow.Example & tensorflow.Example.$Shape;
        static create(properties?: tensorflow.Example.$Properties): tensorflow.Example;

        /**
         * Encodes the specified Example message. Does not implicitly {@link tensorflow.Example.verify|verify} messages.
         * @param message Example message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.Example.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Example message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.Example & tensorflow.Example.$Shape} Example
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.Example & tensorflow.Example.$Shape;

        /**
         * Creates an Example message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Example
         */
        static fromObject(object: { [k: string]: any }): tensorflow.Example;

        /**
         * Creates a plain object from an Example message. Also converts values to other types if specified.
         * @param message Example
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorflow.Example, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Example to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Example
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Example {

        /** Properties of an Example. */
        interface $Properties {

            /** Example features */
            features?: (tensorflow.Features.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Example. */
        type $Shape = {
          features?: tensorflow.Features.$Shape|null;
          $unknowns?: Uint8Array[];
        };
    }

    /** Namespace serving. */
    namespace serving {

        /**
         * Properties of a ModelSpec.
         * @deprecated Use tensorflow.serving.ModelSpec.$Properties instead.
         */
        interface IModelSpec extends tensorflow.serving.ModelSpec.$Properties {
        }

        /** Represents a ModelSpec. */
        class ModelSpec {

            /**
             * Constructs a new ModelSpec.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.ModelSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ModelSpec name. */
            name: string;

            /** ModelSpec version. */
            version?: (google.protobuf.Int64Value.$Properties|null);

            /** ModelSpec versionLabel. */
            versionLabel?: (string|null);

            /** ModelSpec signatureName. */
            signatureName: string;

            /** ModelSpec versionChoice. */
            versionChoice?: ("version"|"versionLabel");

            /**
             * Creates a new ModelSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ModelSpec instance
             */
            static create(properties: tensorflow.serving.ModelSpec.$Shape): tensorflow.serving.ModelSpec & tensorflow.serving.ModelSpec.$Shape;
            static create(properties?: tensorflow.serving.ModelSpec.$Properties): tensorflow.serving.ModelSpec;

            /**
             * Encodes the specified ModelSpec message. Does not implicitly {@link tensorflow.serving.ModelSpec.verify|verify} messages.
             * @param message ModelSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.ModelSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ModelSpec message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.ModelSpec & tensorflow.serving.ModelSpec.$Shape} ModelSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.ModelSpec & tensorflow.serving.ModelSpec.$Shape;

            /**
             * Creates a ModelSpec message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ModelSpec
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.ModelSpec;

            /**
             * Creates a plain object from a ModelSpec message. Also converts values to other types if specified.
             * @param message ModelSpec
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.ModelSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ModelSpec to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ModelSpec
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ModelSpec {

            /** Properties of a ModelSpec. */
            interface $Properties {

                /** ModelSpec name */
                name?: (string|null);

                /** ModelSpec version */
                version?: (google.protobuf.Int64Value.$Properties|null);

                /** ModelSpec versionLabel */
                versionLabel?: (string|null);

                /** ModelSpec signatureName */
                signatureName?: (string|null);

                /** ModelSpec versionChoice */
                versionChoice?: ("version"|"versionLabel");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ModelSpec. */
            type $Shape = {
              name?: string|null;
              version?: google.protobuf.Int64Value.$Shape|null;
              versionLabel?: string|null;
              signatureName?: string|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ versionChoice?: undefined; version?: null; versionLabel?: null }|{ versionChoice?: "version"; version: google.protobuf.Int64Value.$Shape; versionLabel?: null }|{ versionChoice?: "versionLabel"; version?: null; versionLabel: string })
            );
        }

        /**
         * Properties of a PredictRequest.
         * @deprecated Use tensorflow.serving.PredictRequest.$Properties instead.
         */
        interface IPredictRequest extends tensorflow.serving.PredictRequest.$Properties {
        }

        /** Represents a PredictRequest. */
        class PredictRequest {

            /**
             * Constructs a new PredictRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.PredictRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PredictRequest modelSpec. */
            modelSpec?: (tensorflow.serving.ModelSpec.$Properties|null);

            /** PredictRequest inputs. */
            inputs: { [k: string]: tensorflow.TensorProto.$Properties };

            /** PredictRequest outputFilter. */
            outputFilter: string[];

            /**
             * Creates a new PredictRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PredictRequest instance
             */
            static create(properties: tensorflow.serving.PredictRequest.$Shape): tensorflow.serving.PredictRequest & tensorflow.serving.PredictRequest.$Shape;
            static create(properties?: tensorflow.serving.PredictRequest.$Properties): tensorflow.serving.PredictRequest;

            /**
             * Encodes the specified PredictRequest message. Does not implicitly {@link tensorflow.serving.PredictRequest.verify|verify} messages.
             * @param message PredictRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.PredictRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PredictRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.PredictRequest & tensorflow.serving.PredictRequest.$Shape} PredictRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.PredictRequest & tensorflow.serving.PredictRequest.$Shape;

            /**
             * Creates a PredictRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PredictRequest
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.PredictRequest;

            /**
             * Creates a plain object from a PredictRequest message. Also converts values to other types if specified.
             * @param message PredictRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.PredictRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PredictRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PredictRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PredictRequest {

            /** Properties of a PredictRequest. */
            interface $Properties {

                /** PredictRequest modelSpec */
                modelSpec?: (tensorflow.serving.ModelSpec.$Properties|null);

                /** PredictRequest inputs */
                inputs?: ({ [k: string]: tensorflow.TensorProto.$Properties }|null);

                /** PredictRequest outputFilter */
                outputFilter?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PredictRequest. */
            type $Shape = {
              modelSpec?: tensorflow.serving.ModelSpec.$Shape|null;
              inputs?: { [k: string]: tensorflow.TensorProto.$Shape }|null;
              outputFilter?: string[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a PredictResponse.
         * @deprecated Use tensorflow.serving.PredictResponse.$Properties instead.
         */
        interface IPredictResponse extends tensorflow.serving.PredictResponse.$Properties {
        }

        /** Represents a PredictResponse. */
        class PredictResponse {

            /**
             * Constructs a new PredictResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.PredictResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PredictResponse modelSpec. */
            modelSpec?: (tensorflow.serving.ModelSpec.$Properties|null);

            /** PredictResponse outputs. */
            outputs: { [k: string]: tensorflow.TensorProto.$Properties };

            /**
             * Creates a new PredictResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PredictResponse instance
             */
            static create(properties: tensorflow.serving.PredictResponse.$Shape): tensorflow.serving.PredictResponse & tensorflow.serving.PredictResponse.$Shape;
            static create(properties?: tensorflow.serving.PredictResponse.$Properties): tensorflow.serving.PredictResponse;

            /**
             * Encodes the specified PredictResponse message. Does not implicitly {@link tensorflow.serving.PredictResponse.verify|verify} messages.
             * @param message PredictResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.PredictResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PredictResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.PredictResponse & tensorflow.serving.PredictResponse.$Shape} PredictResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.PredictResponse & tensorflow.serving.PredictResponse.$Shape;

            /**
             * Creates a PredictResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PredictResponse
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.PredictResponse;

            /**
             * Creates a plain object from a PredictResponse message. Also converts values to other types if specified.
             * @param message PredictResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.PredictResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PredictResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PredictResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PredictResponse {

            /** Properties of a PredictResponse. */
            interface $Properties {

                /** PredictResponse modelSpec */
                modelSpec?: (tensorflow.serving.ModelSpec.$Properties|null);

                /** PredictResponse outputs */
                outputs?: ({ [k: string]: tensorflow.TensorProto.$Properties }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PredictResponse. */
            type $Shape = {
              modelSpec?: tensorflow.serving.ModelSpec.$Shape|null;
              outputs?: { [k: string]: tensorflow.TensorProto.$Shape }|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of an ExampleList.
         * @deprecated Use tensorflow.serving.ExampleList.$Properties instead.
         */
        interface IExampleList extends tensorflow.serving.ExampleList.$Properties {
        }

        /** Represents an ExampleList. */
        class ExampleList {

            /**
             * Constructs a new ExampleList.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.ExampleList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExampleList examples. */
            examples: tensorflow.Example.$Properties[];

            /**
             * Creates a new ExampleList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExampleList instance
             */
            static create(properties: tensorflow.serving.ExampleList.$Shape): tensorflow.serving.ExampleList & tensorflow.serving.ExampleList.$Shape;
            static create(properties?: tensorflow.serving.ExampleList.$Properties): tensorflow.serving.ExampleList;

            /**
             * Encodes the specified ExampleList message. Does not implicitly {@link tensorflow.serving.ExampleList.verify|verify} messages.
             * @param message ExampleList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.ExampleList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExampleList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.ExampleList & tensorflow.serving.ExampleList.$Shape} ExampleList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.ExampleList & tensorflow.serving.ExampleList.$Shape;

            /**
             * Creates an ExampleList message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ExampleList
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.ExampleList;

            /**
             * Creates a plain object from an ExampleList message. Also converts values to other types if specified.
             * @param message ExampleList
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.ExampleList, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ExampleList to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ExampleList
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExampleList {

            /** Properties of an ExampleList. */
            interface $Properties {

                /** ExampleList examples */
                examples?: (tensorflow.Example.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExampleList. */
            type $Shape = {
              examples?: tensorflow.Example.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of an ExampleListWithContext.
         * @deprecated Use tensorflow.serving.ExampleListWithContext.$Properties instead.
         */
        interface IExampleListWithContext extends tensorflow.serving.ExampleListWithContext.$Properties {
        }

        /** Represents an ExampleListWithContext. */
        class ExampleListWithContext {

            /**
             * Constructs a new ExampleListWithContext.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.ExampleListWithContext.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExampleListWithContext examples. */
            examples: tensorflow.Example.$Properties[];

            /** ExampleListWithContext context. */
            context?: (tensorflow.Example.$Properties|null);

            /**
             * Creates a new ExampleListWithContext instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExampleListWithContext instance
             */
            static create(properties: tensorflow.serving.ExampleListWithContext.$Shape): tensorflow.serving.ExampleListWithContext & tensorflow.serving.ExampleListWithContext.$Shape;
            static create(properties?: tensorflow.serving.ExampleListWithContext.$Properties): tensorflow.serving.ExampleListWithContext;

            /**
             * Encodes the specified ExampleListWithContext message. Does not implicitly {@link tensorflow.serving.ExampleListWithContext.verify|verify} messages.
             * @param message ExampleListWithContext message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.ExampleListWithContext.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExampleListWithContext message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.ExampleListWithContext & tensorflow.serving.ExampleListWithContext.$Shape} ExampleListWithContext
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.ExampleListWithContext & tensorflow.serving.ExampleListWithContext.$Shape;

            /**
             * Creates an ExampleListWithContext message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ExampleListWithContext
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.ExampleListWithContext;

            /**
             * Creates a plain object from an ExampleListWithContext message. Also converts values to other types if specified.
             * @param message ExampleListWithContext
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.ExampleListWithContext, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ExampleListWithContext to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ExampleListWithContext
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExampleListWithContext {

            /** Properties of an ExampleListWithContext. */
            interface $Properties {

                /** ExampleListWithContext examples */
                examples?: (tensorflow.Example.$Properties[]|null);

                /** ExampleListWithContext context */
                context?: (tensorflow.Example.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExampleListWithContext. */
            type $Shape = {
              examples?: tensorflow.Example.$Shape[]|null;
              context?: tensorflow.Example.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of an Input.
         * @deprecated Use tensorflow.serving.Input.$Properties instead.
         */
        interface IInput extends tensorflow.serving.Input.$Properties {
        }

        /** Represents an Input. */
        class Input {

            /**
             * Constructs a new Input.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.Input.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Input exampleList. */
            exampleList?: (tensorflow.serving.ExampleList.$Properties|null);

            /** Input exampleListWithContext. */
            exampleListWithContext?: (tensorflow.serving.ExampleListWithContext.$Properties|null);

            /** Input kind. */
            kind?: ("exampleList"|"exampleListWithContext");

            /**
             * Creates a new Input instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Input instance
             */
            static create(properties: tensorflow.serving.Input.$Shape): tensorflow.serving.Input & tensorflow.serving.Input.$Shape;
            static create(properties?: tensorflow.serving.Input.$Properties): tensorflow.serving.Input;

            /**
             * Encodes the specified Input message. Does not implicitly {@link tensorflow.serving.Input.verify|verify} messages.
             * @param message Input message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.Input.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Input message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.Input & tensorflow.serving.Input.$Shape} Input
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.Input & tensorflow.serving.Input.$Shape;

            /**
             * Creates an Input message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Input
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.Input;

            /**
             * Creates a plain object from an Input message. Also converts values to other types if specified.
             * @param message Input
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.Input, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Input to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Input
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Input {

            /** Properties of an Input. */
            interface $Properties {

                /** Input exampleList */
                exampleList?: (tensorflow.serving.ExampleList.$Properties|null);

                /** Input exampleListWithContext */
                exampleListWithContext?: (tensorflow.serving.ExampleListWithContext.$Properties|null);

                /** Input kind */
                kind?: ("exampleList"|"exampleListWithContext");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Input. */
            type $Shape = {
              exampleList?: tensorflow.serving.ExampleList.$Shape|null;
              exampleListWithContext?: tensorflow.serving.ExampleListWithContext.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; exampleList?: null; exampleListWithContext?: null }|{ kind?: "exampleList"; exampleList: tensorflow.serving.ExampleList.$Shape; exampleListWithContext?: null }|{ kind?: "exampleListWithContext"; exampleList?: null; exampleListWithContext: tensorflow.serving.ExampleListWithContext.$Shape })
            );
        }

        /**
         * Properties of a Class.
         * @deprecated Use tensorflow.serving.Class.$Properties instead.
         */
        interface IClass extends tensorflow.serving.Class.$Properties {
        }

        /** Represents a Class. */
        class Class {

            /**
             * Constructs a new Class.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.Class.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Class label. */
            label: string;

            /** Class score. */
            score: number;

            /**
             * Creates a new Class instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Class instance
             */
            static create(properties: tensorflow.serving.Class.$Shape): tensorflow.serving.Class & tensorflow.serving.Class.$Shape;
            static create(properties?: tensorflow.serving.Class.$Properties): tensorflow.serving.Class;

            /**
             * Encodes the specified Class message. Does not implicitly {@link tensorflow.serving.Class.verify|verify} messages.
             * @param message Class message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.Class.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Class message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.Class & tensorflow.serving.Class.$Shape} Class
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.Class & tensorflow.serving.Class.$Shape;

            /**
             * Creates a Class message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Class
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.Class;

            /**
             * Creates a plain object from a Class message. Also converts values to other types if specified.
             * @param message Class
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.Class, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Class to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Class
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Class {

            /** Properties of a Class. */
            interface $Properties {

                /** Class label */
                label?: (string|null);

                /** Class score */
                score?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Class. */
            type $Shape = tensorflow.serving.Class.$Properties;
        }

        /**
         * Properties of a Classifications.
         * @deprecated Use tensorflow.serving.Classifications.$Properties instead.
         */
        interface IClassifications extends tensorflow.serving.Classifications.$Properties {
        }

        /** Represents a Classifications. */
        class Classifications {

            /**
             * Constructs a new Classifications.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.Classifications.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Classifications classes. */
            classes: tensorflow.serving.Class.$Properties[];

            /**
             * Creates a new Classifications instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Classifications instance
             */
            static create(properties: tensorflow.serving.Classifications.$Shape): tensorflow.serving.Classifications & tensorflow.serving.Classifications.$Shape;
            static create(properties?: tensorflow.serving.Classifications.$Properties): tensorflow.serving.Classifications;

            /**
             * Encodes the specified Classifications message. Does not implicitly {@link tensorflow.serving.Classifications.verify|verify} messages.
             * @param message Classifications message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.Classifications.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Classifications message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.Classifications & tensorflow.serving.Classifications.$Shape} Classifications
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.Classifications & tensorflow.serving.Classifications.$Shape;

            /**
             * Creates a Classifications message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Classifications
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.Classifications;

            /**
             * Creates a plain object from a Classifications message. Also converts values to other types if specified.
             * @param message Classifications
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.Classifications, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Classifications to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Classifications
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Classifications {

            /** Properties of a Classifications. */
            interface $Properties {

                /** Classifications classes */
                classes?: (tensorflow.serving.Class.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Classifications. */
            type $Shape = tensorflow.serving.Classifications.$Properties;
        }

        /**
         * Properties of a ClassificationResult.
         * @deprecated Use tensorflow.serving.ClassificationResult.$Properties instead.
         */
        interface IClassificationResult extends tensorflow.serving.ClassificationResult.$Properties {
        }

        /** Represents a ClassificationResult. */
        class ClassificationResult {

            /**
             * Constructs a new ClassificationResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.ClassificationResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClassificationResult classifications. */
            classifications: tensorflow.serving.Classifications.$Properties[];

            /**
             * Creates a new ClassificationResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClassificationResult instance
             */
            static create(properties: tensorflow.serving.ClassificationResult.$Shape): tensorflow.serving.ClassificationResult & tensorflow.serving.ClassificationResult.$Shape;
            static create(properties?: tensorflow.serving.ClassificationResult.$Properties): tensorflow.serving.ClassificationResult;

            /**
             * Encodes the specified ClassificationResult message. Does not implicitly {@link tensorflow.serving.ClassificationResult.verify|verify} messages.
             * @param message ClassificationResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.ClassificationResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClassificationResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.ClassificationResult & tensorflow.serving.ClassificationResult.$Shape} ClassificationResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.ClassificationResult & tensorflow.serving.ClassificationResult.$Shape;

            /**
             * Creates a ClassificationResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ClassificationResult
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.ClassificationResult;

            /**
             * Creates a plain object from a ClassificationResult message. Also converts values to other types if specified.
             * @param message ClassificationResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.ClassificationResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClassificationResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ClassificationResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClassificationResult {

            /** Properties of a ClassificationResult. */
            interface $Properties {

                /** ClassificationResult classifications */
                classifications?: (tensorflow.serving.Classifications.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClassificationResult. */
            type $Shape = tensorflow.serving.ClassificationResult.$Properties;
        }

        /**
         * Properties of a ClassificationRequest.
         * @deprecated Use tensorflow.serving.ClassificationRequest.$Properties instead.
         */
        interface IClassificationRequest extends tensorflow.serving.ClassificationRequest.$Properties {
        }

        /** Represents a ClassificationRequest. */
        class ClassificationRequest {

            /**
             * Constructs a new ClassificationRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.ClassificationRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClassificationRequest modelSpec. */
            modelSpec?: (tensorflow.serving.ModelSpec.$Properties|null);

            /** ClassificationRequest input. */
            input?: (tensorflow.serving.Input.$Properties|null);

            /**
             * Creates a new ClassificationRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClassificationRequest instance
             */
            static create(properties: tensorflow.serving.ClassificationRequest.$Shape): tensorflow.serving.ClassificationRequest & tensorflow.serving.ClassificationRequest.$Shape;
            static create(properties?: tensorflow.serving.ClassificationRequest.$Properties): tensorflow.serving.ClassificationRequest;

            /**
             * Encodes the specified ClassificationRequest message. Does not implicitly {@link tensorflow.serving.ClassificationRequest.verify|verify} messages.
             * @param message ClassificationRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.ClassificationRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClassificationRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.ClassificationRequest & tensorflow.serving.ClassificationRequest.$Shape} ClassificationRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.ClassificationRequest & tensorflow.serving.ClassificationRequest.$Shape;

            /**
             * Creates a ClassificationRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ClassificationRequest
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.ClassificationRequest;

            /**
             * Creates a plain object from a ClassificationRequest message. Also converts values to other types if specified.
             * @param message ClassificationRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.ClassificationRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClassificationRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ClassificationRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClassificationRequest {

            /** Properties of a ClassificationRequest. */
            interface $Properties {

                /** ClassificationRequest modelSpec */
                modelSpec?: (tensorflow.serving.ModelSpec.$Properties|null);

                /** ClassificationRequest input */
                input?: (tensorflow.serving.Input.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClassificationRequest. */
            type $Shape = {
              modelSpec?: tensorflow.serving.ModelSpec.$Shape|null;
              input?: tensorflow.serving.Input.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a ClassificationResponse.
         * @deprecated Use tensorflow.serving.ClassificationResponse.$Properties instead.
         */
        interface IClassificationResponse extends tensorflow.serving.ClassificationResponse.$Properties {
        }

        /** Represents a ClassificationResponse. */
        class ClassificationResponse {

            /**
             * Constructs a new ClassificationResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.ClassificationResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClassificationResponse modelSpec. */
            modelSpec?: (tensorflow.serving.ModelSpec.$Properties|null);

            /** ClassificationResponse result. */
            result?: (tensorflow.serving.ClassificationResult.$Properties|null);

            /**
             * Creates a new ClassificationResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClassificationResponse instance
             */
            static create(properties: tensorflow.serving.ClassificationResponse.$Shape): tensorflow.serving.ClassificationResponse & tensorflow.serving.ClassificationResponse.$Shape;
            static create(properties?: tensorflow.serving.ClassificationResponse.$Properties): tensorflow.serving.ClassificationResponse;

            /**
             * Encodes the specified ClassificationResponse message. Does not implicitly {@link tensorflow.serving.ClassificationResponse.verify|verify} messages.
             * @param message ClassificationResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.ClassificationResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClassificationResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.ClassificationResponse & tensorflow.serving.ClassificationResponse.$Shape} ClassificationResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.ClassificationResponse & tensorflow.serving.ClassificationResponse.$Shape;

            /**
             * Creates a ClassificationResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ClassificationResponse
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.ClassificationResponse;

            /**
             * Creates a plain object from a ClassificationResponse message. Also converts values to other types if specified.
             * @param message ClassificationResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.ClassificationResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClassificationResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ClassificationResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClassificationResponse {

            /** Properties of a ClassificationResponse. */
            interface $Properties {

                /** ClassificationResponse modelSpec */
                modelSpec?: (tensorflow.serving.ModelSpec.$Properties|null);

                /** ClassificationResponse result */
                result?: (tensorflow.serving.ClassificationResult.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClassificationResponse. */
            type $Shape = {
              modelSpec?: tensorflow.serving.ModelSpec.$Shape|null;
              result?: tensorflow.serving.ClassificationResult.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a Regression.
         * @deprecated Use tensorflow.serving.Regression.$Properties instead.
         */
        interface IRegression extends tensorflow.serving.Regression.$Properties {
        }

        /** Represents a Regression. */
        class Regression {

            /**
             * Constructs a new Regression.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.Regression.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Regression value. */
            value: number;

            /**
             * Creates a new Regression instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Regression instance
             */
            static create(properties: tensorflow.serving.Regression.$Shape): tensorflow.serving.Regression & tensorflow.serving.Regression.$Shape;
            static create(properties?: tensorflow.serving.Regression.$Properties): tensorflow.serving.Regression;

            /**
             * Encodes the specified Regression message. Does not implicitly {@link tensorflow.serving.Regression.verify|verify} messages.
             * @param message Regression message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.Regression.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Regression message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.Regression & tensorflow.serving.Regression.$Shape} Regression
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.Regression & tensorflow.serving.Regression.$Shape;

            /**
             * Creates a Regression message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Regression
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.Regression;

            /**
             * Creates a plain object from a Regression message. Also converts values to other types if specified.
             * @param message Regression
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.Regression, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Regression to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Regression
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Regression {

            /** Properties of a Regression. */
            interface $Properties {

                /** Regression value */
                value?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Regression. */
            type $Shape = tensorflow.serving.Regression.$Properties;
        }

        /**
         * Properties of a RegressionResult.
         * @deprecated Use tensorflow.serving.RegressionResult.$Properties instead.
         */
        interface IRegressionResult extends tensorflow.serving.RegressionResult.$Properties {
        }

        /** Represents a RegressionResult. */
        class RegressionResult {

            /**
             * Constructs a new RegressionResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.RegressionResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RegressionResult regressions. */
            regressions: tensorflow.serving.Regression.$Properties[];

            /**
             * Creates a new RegressionResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RegressionResult instance
             */
            static create(properties: tensorflow.serving.RegressionResult.$Shape): tensorflow.serving.RegressionResult & tensorflow.serving.RegressionResult.$Shape;
            static create(properties?: tensorflow.serving.RegressionResult.$Properties): tensorflow.serving.RegressionResult;

            /**
             * Encodes the specified RegressionResult message. Does not implicitly {@link tensorflow.serving.RegressionResult.verify|verify} messages.
             * @param message RegressionResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.RegressionResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RegressionResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.RegressionResult & tensorflow.serving.RegressionResult.$Shape} RegressionResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.RegressionResult & tensorflow.serving.RegressionResult.$Shape;

            /**
             * Creates a RegressionResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RegressionResult
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.RegressionResult;

            /**
             * Creates a plain object from a RegressionResult message. Also converts values to other types if specified.
             * @param message RegressionResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.RegressionResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RegressionResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RegressionResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegressionResult {

            /** Properties of a RegressionResult. */
            interface $Properties {

                /** RegressionResult regressions */
                regressions?: (tensorflow.serving.Regression.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RegressionResult. */
            type $Shape = tensorflow.serving.RegressionResult.$Properties;
        }

        /**
         * Properties of a RegressionRequest.
         * @deprecated Use tensorflow.serving.RegressionRequest.$Properties instead.
         */
        interface IRegressionRequest extends tensorflow.serving.RegressionRequest.$Properties {
        }

        /** Represents a RegressionRequest. */
        class RegressionRequest {

            /**
             * Constructs a new RegressionRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.RegressionRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RegressionRequest modelSpec. */
            modelSpec?: (tensorflow.serving.ModelSpec.$Properties|null);

            /** RegressionRequest input. */
            input?: (tensorflow.serving.Input.$Properties|null);

            /**
             * Creates a new RegressionRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RegressionRequest instance
             */
            static create(properties: tensorflow.serving.RegressionRequest.$Shape): tensorflow.serving.RegressionRequest & tensorflow.serving.RegressionRequest.$Shape;
            static create(properties?: tensorflow.serving.RegressionRequest.$Properties): tensorflow.serving.RegressionRequest;

            /**
             * Encodes the specified RegressionRequest message. Does not implicitly {@link tensorflow.serving.RegressionRequest.verify|verify} messages.
             * @param message RegressionRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.RegressionRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RegressionRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.RegressionRequest & tensorflow.serving.RegressionRequest.$Shape} RegressionRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.RegressionRequest & tensorflow.serving.RegressionRequest.$Shape;

            /**
             * Creates a RegressionRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RegressionRequest
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.RegressionRequest;

            /**
             * Creates a plain object from a RegressionRequest message. Also converts values to other types if specified.
             * @param message RegressionRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.RegressionRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RegressionRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RegressionRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegressionRequest {

            /** Properties of a RegressionRequest. */
            interface $Properties {

                /** RegressionRequest modelSpec */
                modelSpec?: (tensorflow.serving.ModelSpec.$Properties|null);

                /** RegressionRequest input */
                input?: (tensorflow.serving.Input.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RegressionRequest. */
            type $Shape = {
              modelSpec?: tensorflow.serving.ModelSpec.$Shape|null;
              input?: tensorflow.serving.Input.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a RegressionResponse.
         * @deprecated Use tensorflow.serving.RegressionResponse.$Properties instead.
         */
        interface IRegressionResponse extends tensorflow.serving.RegressionResponse.$Properties {
        }

        /** Represents a RegressionResponse. */
        class RegressionResponse {

            /**
             * Constructs a new RegressionResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.RegressionResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RegressionResponse modelSpec. */
            modelSpec?: (tensorflow.serving.ModelSpec.$Properties|null);

            /** RegressionResponse result. */
            result?: (tensorflow.serving.RegressionResult.$Properties|null);

            /**
             * Creates a new RegressionResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RegressionResponse instance
             */
            static create(properties: tensorflow.serving.RegressionResponse.$Shape): tensorflow.serving.RegressionResponse & tensorflow.serving.RegressionResponse.$Shape;
            static create(properties?: tensorflow.serving.RegressionResponse.$Properties): tensorflow.serving.RegressionResponse;

            /**
             * Encodes the specified RegressionResponse message. Does not implicitly {@link tensorflow.serving.RegressionResponse.verify|verify} messages.
             * @param message RegressionResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.RegressionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RegressionResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.RegressionResponse & tensorflow.serving.RegressionResponse.$Shape} RegressionResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.RegressionResponse & tensorflow.serving.RegressionResponse.$Shape;

            /**
             * Creates a RegressionResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RegressionResponse
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.RegressionResponse;

            /**
             * Creates a plain object from a RegressionResponse message. Also converts values to other types if specified.
             * @param message RegressionResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.RegressionResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RegressionResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RegressionResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegressionResponse {

            /** Properties of a RegressionResponse. */
            interface $Properties {

                /** RegressionResponse modelSpec */
                modelSpec?: (tensorflow.serving.ModelSpec.$Properties|null);

                /** RegressionResponse result */
                result?: (tensorflow.serving.RegressionResult.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RegressionResponse. */
            type $Shape = {
              modelSpec?: tensorflow.serving.ModelSpec.$Shape|null;
              result?: tensorflow.serving.RegressionResult.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of an InferenceTask.
         * @deprecated Use tensorflow.serving.InferenceTask.$Properties instead.
         */
        interface IInferenceTask extends tensorflow.serving.InferenceTask.$Properties {
        }

        /** Represents an InferenceTask. */
        class InferenceTask {

            /**
             * Constructs a new InferenceTask.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.InferenceTask.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** InferenceTask modelSpec. */
            modelSpec?: (tensorflow.serving.ModelSpec.$Properties|null);

            /** InferenceTask methodName. */
            methodName: string;

            /**
             * Creates a new InferenceTask instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InferenceTask instance
             */
            static create(properties: tensorflow.serving.InferenceTask.$Shape): tensorflow.serving.InferenceTask & tensorflow.serving.InferenceTask.$Shape;
            static create(properties?: tensorflow.serving.InferenceTask.$Properties): tensorflow.serving.InferenceTask;

            /**
             * Encodes the specified InferenceTask message. Does not implicitly {@link tensorflow.serving.InferenceTask.verify|verify} messages.
             * @param message InferenceTask message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.InferenceTask.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InferenceTask message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.InferenceTask & tensorflow.serving.InferenceTask.$Shape} InferenceTask
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.InferenceTask & tensorflow.serving.InferenceTask.$Shape;

            /**
             * Creates an InferenceTask message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns InferenceTask
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.InferenceTask;

            /**
             * Creates a plain object from an InferenceTask message. Also converts values to other types if specified.
             * @param message InferenceTask
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.InferenceTask, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this InferenceTask to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for InferenceTask
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace InferenceTask {

            /** Properties of an InferenceTask. */
            interface $Properties {

                /** InferenceTask modelSpec */
                modelSpec?: (tensorflow.serving.ModelSpec.$Properties|null);

                /** InferenceTask methodName */
                methodName?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InferenceTask. */
            type $Shape = {
              modelSpec?: tensorflow.serving.ModelSpec.$Shape|null;
              methodName?: string|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of an InferenceResult.
         * @deprecated Use tensorflow.serving.InferenceResult.$Properties instead.
         */
        interface IInferenceResult extends tensorflow.serving.InferenceResult.$Properties {
        }

        /** Represents an InferenceResult. */
        class InferenceResult {

            /**
             * Constructs a new InferenceResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.InferenceResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** InferenceResult modelSpec. */
            modelSpec?: (tensorflow.serving.ModelSpec.$Properties|null);

            /** InferenceResult classificationResult. */
            classificationResult?: (tensorflow.serving.ClassificationResult.$Properties|null);

            /** InferenceResult regressionResult. */
            regressionResult?: (tensorflow.serving.RegressionResult.$Properties|null);

            /** InferenceResult result. */
            result?: ("classificationResult"|"regressionResult");

            /**
             * Creates a new InferenceResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InferenceResult instance
             */
            static create(properties: tensorflow.serving.InferenceResult.$Shape): tensorflow.serving.InferenceResult & tensorflow.serving.InferenceResult.$Shape;
            static create(properties?: tensorflow.serving.InferenceResult.$Properties): tensorflow.serving.InferenceResult;

            /**
             * Encodes the specified InferenceResult message. Does not implicitly {@link tensorflow.serving.InferenceResult.verify|verify} messages.
             * @param message InferenceResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.InferenceResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InferenceResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.InferenceResult & tensorflow.serving.InferenceResult.$Shape} InferenceResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.InferenceResult & tensorflow.serving.InferenceResult.$Shape;

            /**
             * Creates an InferenceResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns InferenceResult
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.InferenceResult;

            /**
             * Creates a plain object from an InferenceResult message. Also converts values to other types if specified.
             * @param message InferenceResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.InferenceResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this InferenceResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for InferenceResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace InferenceResult {

            /** Properties of an InferenceResult. */
            interface $Properties {

                /** InferenceResult modelSpec */
                modelSpec?: (tensorflow.serving.ModelSpec.$Properties|null);

                /** InferenceResult classificationResult */
                classificationResult?: (tensorflow.serving.ClassificationResult.$Properties|null);

                /** InferenceResult regressionResult */
                regressionResult?: (tensorflow.serving.RegressionResult.$Properties|null);

                /** InferenceResult result */
                result?: ("classificationResult"|"regressionResult");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an InferenceResult. */
            type $Shape = {
              modelSpec?: tensorflow.serving.ModelSpec.$Shape|null;
              classificationResult?: tensorflow.serving.ClassificationResult.$Shape|null;
              regressionResult?: tensorflow.serving.RegressionResult.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ result?: undefined; classificationResult?: null; regressionResult?: null }|{ result?: "classificationResult"; classificationResult: tensorflow.serving.ClassificationResult.$Shape; regressionResult?: null }|{ result?: "regressionResult"; classificationResult?: null; regressionResult: tensorflow.serving.RegressionResult.$Shape })
            );
        }

        /**
         * Properties of a MultiInferenceRequest.
         * @deprecated Use tensorflow.serving.MultiInferenceRequest.$Properties instead.
         */
        interface IMultiInferenceRequest extends tensorflow.serving.MultiInferenceRequest.$Properties {
        }

        /** Represents a MultiInferenceRequest. */
        class MultiInferenceRequest {

            /**
             * Constructs a new MultiInferenceRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.MultiInferenceRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MultiInferenceRequest tasks. */
            tasks: tensorflow.serving.InferenceTask.$Properties[];

            /** MultiInferenceRequest input. */
            input?: (tensorflow.serving.Input.$Properties|null);

            /**
             * Creates a new MultiInferenceRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MultiInferenceRequest instance
             */
            static create(properties: tensorflow.serving.MultiInferenceRequest.$Shape): tensorflow.serving.MultiInferenceRequest & tensorflow.serving.MultiInferenceRequest.$Shape;
            static create(properties?: tensorflow.serving.MultiInferenceRequest.$Properties): tensorflow.serving.MultiInferenceRequest;

            /**
             * Encodes the specified MultiInferenceRequest message. Does not implicitly {@link tensorflow.serving.MultiInferenceRequest.verify|verify} messages.
             * @param message MultiInferenceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.MultiInferenceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MultiInferenceRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.MultiInferenceRequest & tensorflow.serving.MultiInferenceRequest.$Shape} MultiInferenceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.MultiInferenceRequest & tensorflow.serving.MultiInferenceRequest.$Shape;

            /**
             * Creates a MultiInferenceRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MultiInferenceRequest
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.MultiInferenceRequest;

            /**
             * Creates a plain object from a MultiInferenceRequest message. Also converts values to other types if specified.
             * @param message MultiInferenceRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.MultiInferenceRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MultiInferenceRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MultiInferenceRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MultiInferenceRequest {

            /** Properties of a MultiInferenceRequest. */
            interface $Properties {

                /** MultiInferenceRequest tasks */
                tasks?: (tensorflow.serving.InferenceTask.$Properties[]|null);

                /** MultiInferenceRequest input */
                input?: (tensorflow.serving.Input.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MultiInferenceRequest. */
            type $Shape = {
              tasks?: tensorflow.serving.InferenceTask.$Shape[]|null;
              input?: tensorflow.serving.Input.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a MultiInferenceResponse.
         * @deprecated Use tensorflow.serving.MultiInferenceResponse.$Properties instead.
         */
        interface IMultiInferenceResponse extends tensorflow.serving.MultiInferenceResponse.$Properties {
        }

        /** Represents a MultiInferenceResponse. */
        class MultiInferenceResponse {

            /**
             * Constructs a new MultiInferenceResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.MultiInferenceResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MultiInferenceResponse results. */
            results: tensorflow.serving.InferenceResult.$Properties[];

            /**
             * Creates a new MultiInferenceResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MultiInferenceResponse instance
             */
            static create(properties: tensorflow.serving.MultiInferenceResponse.$Shape): tensorflow.serving.MultiInferenceResponse & tensorflow.serving.MultiInferenceResponse.$Shape;
            static create(properties?: tensorflow.serving.MultiInferenceResponse.$Properties): tensorflow.serving.MultiInferenceResponse;

            /**
             * Encodes the specified MultiInferenceResponse message. Does not implicitly {@link tensorflow.serving.MultiInferenceResponse.verify|verify} messages.
             * @param message MultiInferenceResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.MultiInferenceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MultiInferenceResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.MultiInferenceResponse & tensorflow.serving.MultiInferenceResponse.$Shape} MultiInferenceResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.MultiInferenceResponse & tensorflow.serving.MultiInferenceResponse.$Shape;

            /**
             * Creates a MultiInferenceResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MultiInferenceResponse
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.MultiInferenceResponse;

            /**
             * Creates a plain object from a MultiInferenceResponse message. Also converts values to other types if specified.
             * @param message MultiInferenceResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.MultiInferenceResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MultiInferenceResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MultiInferenceResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MultiInferenceResponse {

            /** Properties of a MultiInferenceResponse. */
            interface $Properties {

                /** MultiInferenceResponse results */
                results?: (tensorflow.serving.InferenceResult.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MultiInferenceResponse. */
            type $Shape = {
              results?: tensorflow.serving.InferenceResult.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a SignatureDefMap.
         * @deprecated Use tensorflow.serving.SignatureDefMap.$Properties instead.
         */
        interface ISignatureDefMap extends tensorflow.serving.SignatureDefMap.$Properties {
        }

        /** Represents a SignatureDefMap. */
        class SignatureDefMap {

            /**
             * Constructs a new SignatureDefMap.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.SignatureDefMap.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SignatureDefMap signatureDef. */
            signatureDef: { [k: string]: tensorflow.SignatureDef.$Properties };

            /**
             * Creates a new SignatureDefMap instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SignatureDefMap instance
             */
            static create(properties: tensorflow.serving.SignatureDefMap.$Shape): tensorflow.serving.SignatureDefMap & tensorflow.serving.SignatureDefMap.$Shape;
            static create(properties?: tensorflow.serving.SignatureDefMap.$Properties): tensorflow.serving.SignatureDefMap;

            /**
             * Encodes the specified SignatureDefMap message. Does not implicitly {@link tensorflow.serving.SignatureDefMap.verify|verify} messages.
             * @param message SignatureDefMap message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.SignatureDefMap.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SignatureDefMap message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.SignatureDefMap & tensorflow.serving.SignatureDefMap.$Shape} SignatureDefMap
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.SignatureDefMap & tensorflow.serving.SignatureDefMap.$Shape;

            /**
             * Creates a SignatureDefMap message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SignatureDefMap
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.SignatureDefMap;

            /**
             * Creates a plain object from a SignatureDefMap message. Also converts values to other types if specified.
             * @param message SignatureDefMap
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.SignatureDefMap, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SignatureDefMap to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SignatureDefMap
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SignatureDefMap {

            /** Properties of a SignatureDefMap. */
            interface $Properties {

                /** SignatureDefMap signatureDef */
                signatureDef?: ({ [k: string]: tensorflow.SignatureDef.$Properties }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SignatureDefMap. */
            type $Shape = {
              signatureDef?: { [k: string]: tensorflow.SignatureDef.$Shape }|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a GetModelMetadataRequest.
         * @deprecated Use tensorflow.serving.GetModelMetadataRequest.$Properties instead.
         */
        interface IGetModelMetadataRequest extends tensorflow.serving.GetModelMetadataRequest.$Properties {
        }

        /** Represents a GetModelMetadataRequest. */
        class GetModelMetadataRequest {

            /**
             * Constructs a new GetModelMetadataRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.GetModelMetadataRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetModelMetadataRequest modelSpec. */
            modelSpec?: (tensorflow.serving.ModelSpec.$Properties|null);

            /** GetModelMetadataRequest metadataField. */
            metadataField: string[];

            /**
             * Creates a new GetModelMetadataRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetModelMetadataRequest instance
             */
            static create(properties: tensorflow.serving.GetModelMetadataRequest.$Shape): tensorflow.serving.GetModelMetadataRequest & tensorflow.serving.GetModelMetadataRequest.$Shape;
            static create(properties?: tensorflow.serving.GetModelMetadataRequest.$Properties): tensorflow.serving.GetModelMetadataRequest;

            /**
             * Encodes the specified GetModelMetadataRequest message. Does not implicitly {@link tensorflow.serving.GetModelMetadataRequest.verify|verify} messages.
             * @param message GetModelMetadataRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.GetModelMetadataRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetModelMetadataRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.GetModelMetadataRequest & tensorflow.serving.GetModelMetadataRequest.$Shape} GetModelMetadataRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.GetModelMetadataRequest & tensorflow.serving.GetModelMetadataRequest.$Shape;

            /**
             * Creates a GetModelMetadataRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetModelMetadataRequest
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.GetModelMetadataRequest;

            /**
             * Creates a plain object from a GetModelMetadataRequest message. Also converts values to other types if specified.
             * @param message GetModelMetadataRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.GetModelMetadataRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetModelMetadataRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetModelMetadataRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetModelMetadataRequest {

            /** Properties of a GetModelMetadataRequest. */
            interface $Properties {

                /** GetModelMetadataRequest modelSpec */
                modelSpec?: (tensorflow.serving.ModelSpec.$Properties|null);

                /** GetModelMetadataRequest metadataField */
                metadataField?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetModelMetadataRequest. */
            type $Shape = {
              modelSpec?: tensorflow.serving.ModelSpec.$Shape|null;
              metadataField?: string[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a GetModelMetadataResponse.
         * @deprecated Use tensorflow.serving.GetModelMetadataResponse.$Properties instead.
         */
        interface IGetModelMetadataResponse extends tensorflow.serving.GetModelMetadataResponse.$Properties {
        }

        /** Represents a GetModelMetadataResponse. */
        class GetModelMetadataResponse {

            /**
             * Constructs a new GetModelMetadataResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.GetModelMetadataResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetModelMetadataResponse modelSpec. */
            modelSpec?: (tensorflow.serving.ModelSpec.$Properties|null);

            /** GetModelMetadataResponse metadata. */
            metadata: { [k: string]: google.protobuf.Any.$Properties };

            /**
             * Creates a new GetModelMetadataResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetModelMetadataResponse instance
             */
            static create(properties: tensorflow.serving.GetModelMetadataResponse.$Shape): tensorflow.serving.GetModelMetadataResponse & tensorflow.serving.GetModelMetadataResponse.$Shape;
            static create(properties?: tensorflow.serving.GetModelMetadataResponse.$Properties): tensorflow.serving.GetModelMetadataResponse;

            /**
             * Encodes the specified GetModelMetadataResponse message. Does not implicitly {@link tensorflow.serving.GetModelMetadataResponse.verify|verify} messages.
             * @param message GetModelMetadataResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.GetModelMetadataResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetModelMetadataResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.GetModelMetadataResponse & tensorflow.serving.GetModelMetadataResponse.$Shape} GetModelMetadataResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.GetModelMetadataResponse & tensorflow.serving.GetModelMetadataResponse.$Shape;

            /**
             * Creates a GetModelMetadataResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetModelMetadataResponse
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.GetModelMetadataResponse;

            /**
             * Creates a plain object from a GetModelMetadataResponse message. Also converts values to other types if specified.
             * @param message GetModelMetadataResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.GetModelMetadataResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetModelMetadataResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetModelMetadataResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetModelMetadataResponse {

            /** Properties of a GetModelMetadataResponse. */
            interface $Properties {

                /** GetModelMetadataResponse modelSpec */
                modelSpec?: (tensorflow.serving.ModelSpec.$Properties|null);

                /** GetModelMetadataResponse metadata */
                metadata?: ({ [k: string]: google.protobuf.Any.$Properties }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetModelMetadataResponse. */
            type $Shape = {
              modelSpec?: tensorflow.serving.ModelSpec.$Shape|null;
              metadata?: { [k: string]: google.protobuf.Any.$Shape }|null;
              $unknowns?: Uint8Array[];
            };
        }

        /** ErrorCode enum. */
        enum ErrorCode {

            /** OK value */
            OK = 0,

            /** CANCELLED value */
            CANCELLED = 1,

            /** UNKNOWN value */
            UNKNOWN = 2,

            /** INVALID_ARGUMENT value */
            INVALID_ARGUMENT = 3,

            /** DEADLINE_EXCEEDED value */
            DEADLINE_EXCEEDED = 4,

            /** NOT_FOUND value */
            NOT_FOUND = 5,

            /** ALREADY_EXISTS value */
            ALREADY_EXISTS = 6,

            /** PERMISSION_DENIED value */
            PERMISSION_DENIED = 7,

            /** RESOURCE_EXHAUSTED value */
            RESOURCE_EXHAUSTED = 8,

            /** FAILED_PRECONDITION value */
            FAILED_PRECONDITION = 9,

            /** ABORTED value */
            ABORTED = 10,

            /** OUT_OF_RANGE value */
            OUT_OF_RANGE = 11,

            /** UNIMPLEMENTED value */
            UNIMPLEMENTED = 12,

            /** INTERNAL value */
            INTERNAL = 13,

            /** UNAVAILABLE value */
            UNAVAILABLE = 14,

            /** DATA_LOSS value */
            DATA_LOSS = 15,

            /** UNAUTHENTICATED value */
            UNAUTHENTICATED = 16
        }

        /**
         * Properties of a StatusProto.
         * @deprecated Use tensorflow.serving.StatusProto.$Properties instead.
         */
        interface IStatusProto extends tensorflow.serving.StatusProto.$Properties {
        }

        /** Represents a StatusProto. */
        class StatusProto {

            /**
             * Constructs a new StatusProto.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.StatusProto.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StatusProto errorCode. */
            errorCode: tensorflow.serving.ErrorCode;

            /** StatusProto errorMessage. */
            errorMessage: string;

            /**
             * Creates a new StatusProto instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatusProto instance
             */
            static create(properties: tensorflow.serving.StatusProto.$Shape): tensorflow.serving.StatusProto & tensorflow.serving.StatusProto.$Shape;
            static create(properties?: tensorflow.serving.StatusProto.$Properties): tensorflow.serving.StatusProto;

            /**
             * Encodes the specified StatusProto message. Does not implicitly {@link tensorflow.serving.StatusProto.verify|verify} messages.
             * @param message StatusProto message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.StatusProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatusProto message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.StatusProto & tensorflow.serving.StatusProto.$Shape} StatusProto
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.StatusProto & tensorflow.serving.StatusProto.$Shape;

            /**
             * Creates a StatusProto message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StatusProto
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.StatusProto;

            /**
             * Creates a plain object from a StatusProto message. Also converts values to other types if specified.
             * @param message StatusProto
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.StatusProto, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StatusProto to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StatusProto
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StatusProto {

            /** Properties of a StatusProto. */
            interface $Properties {

                /** StatusProto errorCode */
                errorCode?: (tensorflow.serving.ErrorCode|null);

                /** StatusProto errorMessage */
                errorMessage?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatusProto. */
            type $Shape = tensorflow.serving.StatusProto.$Properties;
        }

        /**
         * Properties of a GetModelStatusRequest.
         * @deprecated Use tensorflow.serving.GetModelStatusRequest.$Properties instead.
         */
        interface IGetModelStatusRequest extends tensorflow.serving.GetModelStatusRequest.$Properties {
        }

        /** Represents a GetModelStatusRequest. */
        class GetModelStatusRequest {

            /**
             * Constructs a new GetModelStatusRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.GetModelStatusRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetModelStatusRequest modelSpec. */
            modelSpec?: (tensorflow.serving.ModelSpec.$Properties|null);

            /**
             * Creates a new GetModelStatusRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetModelStatusRequest instance
             */
            static create(properties: tensorflow.serving.GetModelStatusRequest.$Shape): tensorflow.serving.GetModelStatusRequest & tensorflow.serving.GetModelStatusRequest.$Shape;
            static create(properties?: tensorflow.serving.GetModelStatusRequest.$Properties): tensorflow.serving.GetModelStatusRequest;

            /**
             * Encodes the specified GetModelStatusRequest message. Does not implicitly {@link tensorflow.serving.GetModelStatusRequest.verify|verify} messages.
             * @param message GetModelStatusRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.GetModelStatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetModelStatusRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.GetModelStatusRequest & tensorflow.serving.GetModelStatusRequest.$Shape} GetModelStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.GetModelStatusRequest & tensorflow.serving.GetModelStatusRequest.$Shape;

            /**
             * Creates a GetModelStatusRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetModelStatusRequest
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.GetModelStatusRequest;

            /**
             * Creates a plain object from a GetModelStatusRequest message. Also converts values to other types if specified.
             * @param message GetModelStatusRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.GetModelStatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetModelStatusRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetModelStatusRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetModelStatusRequest {

            /** Properties of a GetModelStatusRequest. */
            interface $Properties {

                /** GetModelStatusRequest modelSpec */
                modelSpec?: (tensorflow.serving.ModelSpec.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetModelStatusRequest. */
            type $Shape = {
              modelSpec?: tensorflow.serving.ModelSpec.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a ModelVersionStatus.
         * @deprecated Use tensorflow.serving.ModelVersionStatus.$Properties instead.
         */
        interface IModelVersionStatus extends tensorflow.serving.ModelVersionStatus.$Properties {
        }

        /** Represents a ModelVersionStatus. */
        class ModelVersionStatus {

            /**
             * Constructs a new ModelVersionStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.ModelVersionStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ModelVersionStatus version. */
            version: number;

            /** ModelVersionStatus state. */
            state: tensorflow.serving.ModelVersionStatus.State;

            /** ModelVersionStatus status. */
            status?: (tensorflow.serving.StatusProto.$Properties|null);

            /**
             * Creates a new ModelVersionStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ModelVersionStatus instance
             */
            static create(properties: tensorflow.serving.ModelVersionStatus.$Shape): tensorflow.serving.ModelVersionStatus & tensorflow.serving.ModelVersionStatus.$Shape;
            static create(properties?: tensorflow.serving.ModelVersionStatus.$Properties): tensorflow.serving.ModelVersionStatus;

            /**
             * Encodes the specified ModelVersionStatus message. Does not implicitly {@link tensorflow.serving.ModelVersionStatus.verify|verify} messages.
             * @param message ModelVersionStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.ModelVersionStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ModelVersionStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.ModelVersionStatus & tensorflow.serving.ModelVersionStatus.$Shape} ModelVersionStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.ModelVersionStatus & tensorflow.serving.ModelVersionStatus.$Shape;

            /**
             * Creates a ModelVersionStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ModelVersionStatus
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.ModelVersionStatus;

            /**
             * Creates a plain object from a ModelVersionStatus message. Also converts values to other types if specified.
             * @param message ModelVersionStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.ModelVersionStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ModelVersionStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ModelVersionStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ModelVersionStatus {

            /** Properties of a ModelVersionStatus. */
            interface $Properties {

                /** ModelVersionStatus version */
                version?: (number|null);

                /** ModelVersionStatus state */
                state?: (tensorflow.serving.ModelVersionStatus.State|null);

                /** ModelVersionStatus status */
                status?: (tensorflow.serving.StatusProto.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ModelVersionStatus. */
            type $Shape = tensorflow.serving.ModelVersionStatus.$Properties;

            /** State enum. */
            enum State {

                /** UNKNOWN value */
                UNKNOWN = 0,

                /** START value */
                START = 10,

                /** LOADING value */
                LOADING = 20,

                /** AVAILABLE value */
                AVAILABLE = 30,

                /** UNLOADING value */
                UNLOADING = 40,

                /** END value */
                END = 50
            }
        }

        /**
         * Properties of a GetModelStatusResponse.
         * @deprecated Use tensorflow.serving.GetModelStatusResponse.$Properties instead.
         */
        interface IGetModelStatusResponse extends tensorflow.serving.GetModelStatusResponse.$Properties {
        }

        /** Represents a GetModelStatusResponse. */
        class GetModelStatusResponse {

            /**
             * Constructs a new GetModelStatusResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.GetModelStatusResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetModelStatusResponse modelVersionStatus. */
            modelVersionStatus: tensorflow.serving.ModelVersionStatus.$Properties[];

            /**
             * Creates a new GetModelStatusResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetModelStatusResponse instance
             */
            static create(properties: tensorflow.serving.GetModelStatusResponse.$Shape): tensorflow.serving.GetModelStatusResponse & tensorflow.serving.GetModelStatusResponse.$Shape;
            static create(properties?: tensorflow.serving.GetModelStatusResponse.$Properties): tensorflow.serving.GetModelStatusResponse;

            /**
             * Encodes the specified GetModelStatusResponse message. Does not implicitly {@link tensorflow.serving.GetModelStatusResponse.verify|verify} messages.
             * @param message GetModelStatusResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.GetModelStatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetModelStatusResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.GetModelStatusResponse & tensorflow.serving.GetModelStatusResponse.$Shape} GetModelStatusResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.GetModelStatusResponse & tensorflow.serving.GetModelStatusResponse.$Shape;

            /**
             * Creates a GetModelStatusResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetModelStatusResponse
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.GetModelStatusResponse;

            /**
             * Creates a plain object from a GetModelStatusResponse message. Also converts values to other types if specified.
             * @param message GetModelStatusResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.GetModelStatusResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetModelStatusResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetModelStatusResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetModelStatusResponse {

            /** Properties of a GetModelStatusResponse. */
            interface $Properties {

                /** GetModelStatusResponse modelVersionStatus */
                modelVersionStatus?: (tensorflow.serving.ModelVersionStatus.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetModelStatusResponse. */
            type $Shape = tensorflow.serving.GetModelStatusResponse.$Properties;
        }

        /**
         * Properties of a ServableVersionPolicy.
         * @deprecated Use tensorflow.serving.ServableVersionPolicy.$Properties instead.
         */
        interface IServableVersionPolicy extends tensorflow.serving.ServableVersionPolicy.$Properties {
        }

        /** Represents a ServableVersionPolicy. */
        class ServableVersionPolicy {

            /**
             * Constructs a new ServableVersionPolicy.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.ServableVersionPolicy.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ServableVersionPolicy latest. */
            latest?: (tensorflow.serving.ServableVersionPolicy.Latest.$Properties|null);

            /** ServableVersionPolicy all. */
            all?: (tensorflow.serving.ServableVersionPolicy.All.$Properties|null);

            /** ServableVersionPolicy specific. */
            specific?: (tensorflow.serving.ServableVersionPolicy.Specific.$Properties|null);

            /** ServableVersionPolicy policyChoice. */
            policyChoice?: ("latest"|"all"|"specific");

            /**
             * Creates a new ServableVersionPolicy instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServableVersionPolicy instance
             */
            static create(properties: tensorflow.serving.ServableVersionPolicy.$Shape): tensorflow.serving.ServableVersionPolicy & tensorflow.serving.ServableVersionPolicy.$Shape;
            static create(properties?: tensorflow.serving.ServableVersionPolicy.$Properties): tensorflow.serving.ServableVersionPolicy;

            /**
             * Encodes the specified ServableVersionPolicy message. Does not implicitly {@link tensorflow.serving.ServableVersionPolicy.verify|verify} messages.
             * @param message ServableVersionPolicy message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.ServableVersionPolicy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServableVersionPolicy message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.ServableVersionPolicy & tensorflow.serving.ServableVersionPolicy.$Shape} ServableVersionPolicy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.ServableVersionPolicy & tensorflow.serving.ServableVersionPolicy.$Shape;

            /**
             * Creates a ServableVersionPolicy message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ServableVersionPolicy
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.ServableVersionPolicy;

            /**
             * Creates a plain object from a ServableVersionPolicy message. Also converts values to other types if specified.
             * @param message ServableVersionPolicy
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.ServableVersionPolicy, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ServableVersionPolicy to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ServableVersionPolicy
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ServableVersionPolicy {

            /** Properties of a ServableVersionPolicy. */
            interface $Properties {

                /** ServableVersionPolicy latest */
                latest?: (tensorflow.serving.ServableVersionPolicy.Latest.$Properties|null);

                /** ServableVersionPolicy all */
                all?: (tensorflow.serving.ServableVersionPolicy.All.$Properties|null);

                /** ServableVersionPolicy specific */
                specific?: (tensorflow.serving.ServableVersionPolicy.Specific.$Properties|null);

                /** ServableVersionPolicy policyChoice */
                policyChoice?: ("latest"|"all"|"specific");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ServableVersionPolicy. */
            type $Shape = {
              latest?: tensorflow.serving.ServableVersionPolicy.Latest.$Shape|null;
              all?: tensorflow.serving.ServableVersionPolicy.All.$Shape|null;
              specific?: tensorflow.serving.ServableVersionPolicy.Specific.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ policyChoice?: undefined; latest?: null; all?: null; specific?: null }|{ policyChoice?: "latest"; latest: tensorflow.serving.ServableVersionPolicy.Latest.$Shape; all?: null; specific?: null }|{ policyChoice?: "all"; latest?: null; all: tensorflow.serving.ServableVersionPolicy.All.$Shape; specific?: null }|{ policyChoice?: "specific"; latest?: null; all?: null; specific: tensorflow.serving.ServableVersionPolicy.Specific.$Shape })
            );

            /**
             * Properties of a Latest.
             * @deprecated Use tensorflow.serving.ServableVersionPolicy.Latest.$Properties instead.
             */
            interface ILatest extends tensorflow.serving.ServableVersionPolicy.Latest.$Properties {
            }

            /** Represents a Latest. */
            class Latest {

                /**
                 * Constructs a new Latest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tensorflow.serving.ServableVersionPolicy.Latest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Latest numVersions. */
                numVersions: number;

                /**
                 * Creates a new Latest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Latest instance
                 */
                static create(properties: tensorflow.serving.ServableVersionPolicy.Latest.$Shape): tensorflow.serving.ServableVersionPolicy.Latest & tensorflow.serving.ServableVersionPolicy.Latest.$Shape;
                static create(properties?: tensorflow.serving.ServableVersionPolicy.Latest.$Properties): tensorflow.serving.ServableVersionPolicy.Latest;

                /**
                 * Encodes the specified Latest message. Does not implicitly {@link tensorflow.serving.ServableVersionPolicy.Latest.verify|verify} messages.
                 * @param message Latest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tensorflow.serving.ServableVersionPolicy.Latest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Latest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tensorflow.serving.ServableVersionPolicy.Latest & tensorflow.serving.ServableVersionPolicy.Latest.$Shape} Latest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.ServableVersionPolicy.Latest & tensorflow.serving.ServableVersionPolicy.Latest.$Shape;

                /**
                 * Creates a Latest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Latest
                 */
                static fromObject(object: { [k: string]: any }): tensorflow.serving.ServableVersionPolicy.Latest;

                /**
                 * Creates a plain object from a Latest message. Also converts values to other types if specified.
                 * @param message Latest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tensorflow.serving.ServableVersionPolicy.Latest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Latest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Latest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Latest {

                /** Properties of a Latest. */
                interface $Properties {

                    /** Latest numVersions */
                    numVersions?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Latest. */
                type $Shape = tensorflow.serving.ServableVersionPolicy.Latest.$Properties;
            }

            /**
             * Properties of an All.
             * @deprecated Use tensorflow.serving.ServableVersionPolicy.All.$Properties instead.
             */
            interface IAll extends tensorflow.serving.ServableVersionPolicy.All.$Properties {
            }

            /** Represents an All. */
            class All {

                /**
                 * Constructs a new All.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tensorflow.serving.ServableVersionPolicy.All.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new All instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns All instance
                 */
                static create(properties: tensorflow.serving.ServableVersionPolicy.All.$Shape): tensorflow.serving.ServableVersionPolicy.All & tensorflow.serving.ServableVersionPolicy.All.$Shape;
                static create(properties?: tensorflow.serving.ServableVersionPolicy.All.$Properties): tensorflow.serving.ServableVersionPolicy.All;

                /**
                 * Encodes the specified All message. Does not implicitly {@link tensorflow.serving.ServableVersionPolicy.All.verify|verify} messages.
                 * @param message All message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tensorflow.serving.ServableVersionPolicy.All.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an All message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tensorflow.serving.ServableVersionPolicy.All & tensorflow.serving.ServableVersionPolicy.All.$Shape} All
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.ServableVersionPolicy.All & tensorflow.serving.ServableVersionPolicy.All.$Shape;

                /**
                 * Creates an All message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns All
                 */
                static fromObject(object: { [k: string]: any }): tensorflow.serving.ServableVersionPolicy.All;

                /**
                 * Creates a plain object from an All message. Also converts values to other types if specified.
                 * @param message All
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tensorflow.serving.ServableVersionPolicy.All, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this All to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for All
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace All {

                /** Properties of an All. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an All. */
                type $Shape = tensorflow.serving.ServableVersionPolicy.All.$Properties;
            }

            /**
             * Properties of a Specific.
             * @deprecated Use tensorflow.serving.ServableVersionPolicy.Specific.$Properties instead.
             */
            interface ISpecific extends tensorflow.serving.ServableVersionPolicy.Specific.$Properties {
            }

            /** Represents a Specific. */
            class Specific {

                /**
                 * Constructs a new Specific.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tensorflow.serving.ServableVersionPolicy.Specific.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Specific versions. */
                versions: number[];

                /**
                 * Creates a new Specific instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Specific instance
                 */
                static create(properties: tensorflow.serving.ServableVersionPolicy.Specific.$Shape): tensorflow.serving.ServableVersionPolicy.Specific & tensorflow.serving.ServableVersionPolicy.Specific.$Shape;
                static create(properties?: tensorflow.serving.ServableVersionPolicy.Specific.$Properties): tensorflow.serving.ServableVersionPolicy.Specific;

                /**
                 * Encodes the specified Specific message. Does not implicitly {@link tensorflow.serving.ServableVersionPolicy.Specific.verify|verify} messages.
                 * @param message Specific message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tensorflow.serving.ServableVersionPolicy.Specific.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Specific message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tensorflow.serving.ServableVersionPolicy.Specific & tensorflow.serving.ServableVersionPolicy.Specific.$Shape} Specific
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.ServableVersionPolicy.Specific & tensorflow.serving.ServableVersionPolicy.Specific.$Shape;

                /**
                 * Creates a Specific message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Specific
                 */
                static fromObject(object: { [k: string]: any }): tensorflow.serving.ServableVersionPolicy.Specific;

                /**
                 * Creates a plain object from a Specific message. Also converts values to other types if specified.
                 * @param message Specific
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tensorflow.serving.ServableVersionPolicy.Specific, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Specific to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Specific
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Specific {

                /** Properties of a Specific. */
                interface $Properties {

                    /** Specific versions */
                    versions?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Specific. */
                type $Shape = tensorflow.serving.ServableVersionPolicy.Specific.$Properties;
            }
        }

        /**
         * Properties of a ModelConfig.
         * @deprecated Use tensorflow.serving.ModelConfig.$Properties instead.
         */
        interface IModelConfig extends tensorflow.serving.ModelConfig.$Properties {
        }

        /** Represents a ModelConfig. */
        class ModelConfig {

            /**
             * Constructs a new ModelConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.ModelConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ModelConfig name. */
            name: string;

            /** ModelConfig basePath. */
            basePath: string;

            /** ModelConfig modelPlatform. */
            modelPlatform: string;

            /** ModelConfig modelVersionPolicy. */
            modelVersionPolicy?: (tensorflow.serving.ServableVersionPolicy.$Properties|null);

            /** ModelConfig versionLabels. */
            versionLabels: { [k: string]: number };

            /**
             * Creates a new ModelConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ModelConfig instance
             */
            static create(properties: tensorflow.serving.ModelConfig.$Shape): tensorflow.serving.ModelConfig & tensorflow.serving.ModelConfig.$Shape;
            static create(properties?: tensorflow.serving.ModelConfig.$Properties): tensorflow.serving.ModelConfig;

            /**
             * Encodes the specified ModelConfig message. Does not implicitly {@link tensorflow.serving.ModelConfig.verify|verify} messages.
             * @param message ModelConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.ModelConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ModelConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.ModelConfig & tensorflow.serving.ModelConfig.$Shape} ModelConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.ModelConfig & tensorflow.serving.ModelConfig.$Shape;

            /**
             * Creates a ModelConfig message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ModelConfig
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.ModelConfig;

            /**
             * Creates a plain object from a ModelConfig message. Also converts values to other types if specified.
             * @param message ModelConfig
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.ModelConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ModelConfig to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ModelConfig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ModelConfig {

            /** Properties of a ModelConfig. */
            interface $Properties {

                /** ModelConfig name */
                name?: (string|null);

                /** ModelConfig basePath */
                basePath?: (string|null);

                /** ModelConfig modelPlatform */
                modelPlatform?: (string|null);

                /** ModelConfig modelVersionPolicy */
                modelVersionPolicy?: (tensorflow.serving.ServableVersionPolicy.$Properties|null);

                /** ModelConfig versionLabels */
                versionLabels?: ({ [k: string]: number }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ModelConfig. */
            type $Shape = {
              name?: string|null;
              basePath?: string|null;
              modelPlatform?: string|null;
              modelVersionPolicy?: tensorflow.serving.ServableVersionPolicy.$Shape|null;
              versionLabels?: { [k: string]: number }|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a ModelConfigList.
         * @deprecated Use tensorflow.serving.ModelConfigList.$Properties instead.
         */
        interface IModelConfigList extends tensorflow.serving.ModelConfigList.$Properties {
        }

        /** Represents a ModelConfigList. */
        class ModelConfigList {

            /**
             * Constructs a new ModelConfigList.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.ModelConfigList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ModelConfigList config. */
            config: tensorflow.serving.ModelConfig.$Properties[];

            /**
             * Creates a new ModelConfigList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ModelConfigList instance
             */
            static create(properties: tensorflow.serving.ModelConfigList.$Shape): tensorflow.serving.ModelConfigList & tensorflow.serving.ModelConfigList.$Shape;
            static create(properties?: tensorflow.serving.ModelConfigList.$Properties): tensorflow.serving.ModelConfigList;

            /**
             * Encodes the specified ModelConfigList message. Does not implicitly {@link tensorflow.serving.ModelConfigList.verify|verify} messages.
             * @param message ModelConfigList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.ModelConfigList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ModelConfigList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.ModelConfigList & tensorflow.serving.ModelConfigList.$Shape} ModelConfigList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.ModelConfigList & tensorflow.serving.ModelConfigList.$Shape;

            /**
             * Creates a ModelConfigList message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ModelConfigList
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.ModelConfigList;

            /**
             * Creates a plain object from a ModelConfigList message. Also converts values to other types if specified.
             * @param message ModelConfigList
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.ModelConfigList, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ModelConfigList to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ModelConfigList
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ModelConfigList {

            /** Properties of a ModelConfigList. */
            interface $Properties {

                /** ModelConfigList config */
                config?: (tensorflow.serving.ModelConfig.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ModelConfigList. */
            type $Shape = {
              config?: tensorflow.serving.ModelConfig.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a ModelServerConfig.
         * @deprecated Use tensorflow.serving.ModelServerConfig.$Properties instead.
         */
        interface IModelServerConfig extends tensorflow.serving.ModelServerConfig.$Properties {
        }

        /** Represents a ModelServerConfig. */
        class ModelServerConfig {

            /**
             * Constructs a new ModelServerConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.ModelServerConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ModelServerConfig modelConfigList. */
            modelConfigList?: (tensorflow.serving.ModelConfigList.$Properties|null);

            /** ModelServerConfig config. */
            config?: "modelConfigList";

            /**
             * Creates a new ModelServerConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ModelServerConfig instance
             */
            static create(properties: tensorflow.serving.ModelServerConfig.$Shape): tensorflow.serving.ModelServerConfig & tensorflow.serving.ModelServerConfig.$Shape;
            static create(properties?: tensorflow.serving.ModelServerConfig.$Properties): tensorflow.serving.ModelServerConfig;

            /**
             * Encodes the specified ModelServerConfig message. Does not implicitly {@link tensorflow.serving.ModelServerConfig.verify|verify} messages.
             * @param message ModelServerConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.ModelServerConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ModelServerConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.ModelServerConfig & tensorflow.serving.ModelServerConfig.$Shape} ModelServerConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.ModelServerConfig & tensorflow.serving.ModelServerConfig.$Shape;

            /**
             * Creates a ModelServerConfig message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ModelServerConfig
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.ModelServerConfig;

            /**
             * Creates a plain object from a ModelServerConfig message. Also converts values to other types if specified.
             * @param message ModelServerConfig
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.ModelServerConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ModelServerConfig to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ModelServerConfig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ModelServerConfig {

            /** Properties of a ModelServerConfig. */
            interface $Properties {

                /** ModelServerConfig modelConfigList */
                modelConfigList?: (tensorflow.serving.ModelConfigList.$Properties|null);

                /** ModelServerConfig config */
                config?: "modelConfigList";

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ModelServerConfig. */
            type $Shape = {
              modelConfigList?: tensorflow.serving.ModelConfigList.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ config?: undefined; modelConfigList?: null }|{ config?: "modelConfigList"; modelConfigList: tensorflow.serving.ModelConfigList.$Shape })
            );
        }

        /**
         * Properties of a ReloadConfigRequest.
         * @deprecated Use tensorflow.serving.ReloadConfigRequest.$Properties instead.
         */
        interface IReloadConfigRequest extends tensorflow.serving.ReloadConfigRequest.$Properties {
        }

        /** Represents a ReloadConfigRequest. */
        class ReloadConfigRequest {

            /**
             * Constructs a new ReloadConfigRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.ReloadConfigRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReloadConfigRequest config. */
            config?: (tensorflow.serving.ModelServerConfig.$Properties|null);

            /**
             * Creates a new ReloadConfigRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReloadConfigRequest instance
             */
            static create(properties: tensorflow.serving.ReloadConfigRequest.$Shape): tensorflow.serving.ReloadConfigRequest & tensorflow.serving.ReloadConfigRequest.$Shape;
            static create(properties?: tensorflow.serving.ReloadConfigRequest.$Properties): tensorflow.serving.ReloadConfigRequest;

            /**
             * Encodes the specified ReloadConfigRequest message. Does not implicitly {@link tensorflow.serving.ReloadConfigRequest.verify|verify} messages.
             * @param message ReloadConfigRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.ReloadConfigRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReloadConfigRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.ReloadConfigRequest & tensorflow.serving.ReloadConfigRequest.$Shape} ReloadConfigRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.ReloadConfigRequest & tensorflow.serving.ReloadConfigRequest.$Shape;

            /**
             * Creates a ReloadConfigRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReloadConfigRequest
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.ReloadConfigRequest;

            /**
             * Creates a plain object from a ReloadConfigRequest message. Also converts values to other types if specified.
             * @param message ReloadConfigRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.ReloadConfigRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReloadConfigRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReloadConfigRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReloadConfigRequest {

            /** Properties of a ReloadConfigRequest. */
            interface $Properties {

                /** ReloadConfigRequest config */
                config?: (tensorflow.serving.ModelServerConfig.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReloadConfigRequest. */
            type $Shape = {
              config?: tensorflow.serving.ModelServerConfig.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a ReloadConfigResponse.
         * @deprecated Use tensorflow.serving.ReloadConfigResponse.$Properties instead.
         */
        interface IReloadConfigResponse extends tensorflow.serving.ReloadConfigResponse.$Properties {
        }

        /** Represents a ReloadConfigResponse. */
        class ReloadConfigResponse {

            /**
             * Constructs a new ReloadConfigResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.ReloadConfigResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReloadConfigResponse status. */
            status?: (tensorflow.serving.StatusProto.$Properties|null);

            /**
             * Creates a new ReloadConfigResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReloadConfigResponse instance
             */
            static create(properties: tensorflow.serving.ReloadConfigResponse.$Shape): tensorflow.serving.ReloadConfigResponse & tensorflow.serving.ReloadConfigResponse.$Shape;
            static create(properties?: tensorflow.serving.ReloadConfigResponse.$Properties): tensorflow.serving.ReloadConfigResponse;

            /**
             * Encodes the specified ReloadConfigResponse message. Does not implicitly {@link tensorflow.serving.ReloadConfigResponse.verify|verify} messages.
             * @param message ReloadConfigResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.ReloadConfigResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReloadConfigResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.ReloadConfigResponse & tensorflow.serving.ReloadConfigResponse.$Shape} ReloadConfigResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.ReloadConfigResponse & tensorflow.serving.ReloadConfigResponse.$Shape;

            /**
             * Creates a ReloadConfigResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReloadConfigResponse
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.ReloadConfigResponse;

            /**
             * Creates a plain object from a ReloadConfigResponse message. Also converts values to other types if specified.
             * @param message ReloadConfigResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.ReloadConfigResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReloadConfigResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReloadConfigResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReloadConfigResponse {

            /** Properties of a ReloadConfigResponse. */
            interface $Properties {

                /** ReloadConfigResponse status */
                status?: (tensorflow.serving.StatusProto.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReloadConfigResponse. */
            type $Shape = tensorflow.serving.ReloadConfigResponse.$Properties;
        }

        /**
         * Properties of a BatchingParameters.
         * @deprecated Use tensorflow.serving.BatchingParameters.$Properties instead.
         */
        interface IBatchingParameters extends tensorflow.serving.BatchingParameters.$Properties {
        }

        /** Represents a BatchingParameters. */
        class BatchingParameters {

            /**
             * Constructs a new BatchingParameters.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.BatchingParameters.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BatchingParameters maxBatchSize. */
            maxBatchSize?: (google.protobuf.Int64Value.$Properties|null);

            /** BatchingParameters batchTimeoutMicros. */
            batchTimeoutMicros?: (google.protobuf.Int64Value.$Properties|null);

            /** BatchingParameters maxEnqueuedBatches. */
            maxEnqueuedBatches?: (google.protobuf.Int64Value.$Properties|null);

            /** BatchingParameters numBatchThreads. */
            numBatchThreads?: (google.protobuf.Int64Value.$Properties|null);

            /** BatchingParameters threadPoolName. */
            threadPoolName?: (google.protobuf.StringValue.$Properties|null);

            /** BatchingParameters allowedBatchSizes. */
            allowedBatchSizes: number[];

            /** BatchingParameters padVariableLengthInputs. */
            padVariableLengthInputs: boolean;

            /**
             * Creates a new BatchingParameters instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BatchingParameters instance
             */
            static create(properties: tensorflow.serving.BatchingParameters.$Shape): tensorflow.serving.BatchingParameters & tensorflow.serving.BatchingParameters.$Shape;
            static create(properties?: tensorflow.serving.BatchingParameters.$Properties): tensorflow.serving.BatchingParameters;

            /**
             * Encodes the specified BatchingParameters message. Does not implicitly {@link tensorflow.serving.BatchingParameters.verify|verify} messages.
             * @param message BatchingParameters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.BatchingParameters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BatchingParameters message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.BatchingParameters & tensorflow.serving.BatchingParameters.$Shape} BatchingParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.BatchingParameters & tensorflow.serving.BatchingParameters.$Shape;

            /**
             * Creates a BatchingParameters message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BatchingParameters
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.BatchingParameters;

            /**
             * Creates a plain object from a BatchingParameters message. Also converts values to other types if specified.
             * @param message BatchingParameters
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.BatchingParameters, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BatchingParameters to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BatchingParameters
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BatchingParameters {

            /** Properties of a BatchingParameters. */
            interface $Properties {

                /** BatchingParameters maxBatchSize */
                maxBatchSize?: (google.protobuf.Int64Value.$Properties|null);

                /** BatchingParameters batchTimeoutMicros */
                batchTimeoutMicros?: (google.protobuf.Int64Value.$Properties|null);

                /** BatchingParameters maxEnqueuedBatches */
                maxEnqueuedBatches?: (google.protobuf.Int64Value.$Properties|null);

                /** BatchingParameters numBatchThreads */
                numBatchThreads?: (google.protobuf.Int64Value.$Properties|null);

                /** BatchingParameters threadPoolName */
                threadPoolName?: (google.protobuf.StringValue.$Properties|null);

                /** BatchingParameters allowedBatchSizes */
                allowedBatchSizes?: (number[]|null);

                /** BatchingParameters padVariableLengthInputs */
                padVariableLengthInputs?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BatchingParameters. */
            type $Shape = tensorflow.serving.BatchingParameters.$Properties;
        }

        /**
         * Properties of a PrometheusConfig.
         * @deprecated Use tensorflow.serving.PrometheusConfig.$Properties instead.
         */
        interface IPrometheusConfig extends tensorflow.serving.PrometheusConfig.$Properties {
        }

        /** Represents a PrometheusConfig. */
        class PrometheusConfig {

            /**
             * Constructs a new PrometheusConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.PrometheusConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PrometheusConfig enable. */
            enable: boolean;

            /** PrometheusConfig path. */
            path: string;

            /**
             * Creates a new PrometheusConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PrometheusConfig instance
             */
            static create(properties: tensorflow.serving.PrometheusConfig.$Shape): tensorflow.serving.PrometheusConfig & tensorflow.serving.PrometheusConfig.$Shape;
            static create(properties?: tensorflow.serving.PrometheusConfig.$Properties): tensorflow.serving.PrometheusConfig;

            /**
             * Encodes the specified PrometheusConfig message. Does not implicitly {@link tensorflow.serving.PrometheusConfig.verify|verify} messages.
             * @param message PrometheusConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.PrometheusConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PrometheusConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.PrometheusConfig & tensorflow.serving.PrometheusConfig.$Shape} PrometheusConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.PrometheusConfig & tensorflow.serving.PrometheusConfig.$Shape;

            /**
             * Creates a PrometheusConfig message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PrometheusConfig
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.PrometheusConfig;

            /**
             * Creates a plain object from a PrometheusConfig message. Also converts values to other types if specified.
             * @param message PrometheusConfig
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.PrometheusConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PrometheusConfig to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PrometheusConfig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PrometheusConfig {

            /** Properties of a PrometheusConfig. */
            interface $Properties {

                /** PrometheusConfig enable */
                enable?: (boolean|null);

                /** PrometheusConfig path */
                path?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PrometheusConfig. */
            type $Shape = tensorflow.serving.PrometheusConfig.$Properties;
        }

        /**
         * Properties of a MonitoringConfig.
         * @deprecated Use tensorflow.serving.MonitoringConfig.$Properties instead.
         */
        interface IMonitoringConfig extends tensorflow.serving.MonitoringConfig.$Properties {
        }

        /** Represents a MonitoringConfig. */
        class MonitoringConfig {

            /**
             * Constructs a new MonitoringConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.MonitoringConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MonitoringConfig prometheusConfig. */
            prometheusConfig?: (tensorflow.serving.PrometheusConfig.$Properties|null);

            /**
             * Creates a new MonitoringConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MonitoringConfig instance
             */
            static create(properties: tensorflow.serving.MonitoringConfig.$Shape): tensorflow.serving.MonitoringConfig & tensorflow.serving.MonitoringConfig.$Shape;
            static create(properties?: tensorflow.serving.MonitoringConfig.$Properties): tensorflow.serving.MonitoringConfig;

            /**
             * Encodes the specified MonitoringConfig message. Does not implicitly {@link tensorflow.serving.MonitoringConfig.verify|verify} messages.
             * @param message MonitoringConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.MonitoringConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MonitoringConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.MonitoringConfig & tensorflow.serving.MonitoringConfig.$Shape} MonitoringConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.MonitoringConfig & tensorflow.serving.MonitoringConfig.$Shape;

            /**
             * Creates a MonitoringConfig message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MonitoringConfig
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.MonitoringConfig;

            /**
             * Creates a plain object from a MonitoringConfig message. Also converts values to other types if specified.
             * @param message MonitoringConfig
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.MonitoringConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MonitoringConfig to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MonitoringConfig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MonitoringConfig {

            /** Properties of a MonitoringConfig. */
            interface $Properties {

                /** MonitoringConfig prometheusConfig */
                prometheusConfig?: (tensorflow.serving.PrometheusConfig.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MonitoringConfig. */
            type $Shape = tensorflow.serving.MonitoringConfig.$Properties;
        }

        /**
         * Properties of a ClassifyLog.
         * @deprecated Use tensorflow.serving.ClassifyLog.$Properties instead.
         */
        interface IClassifyLog extends tensorflow.serving.ClassifyLog.$Properties {
        }

        /** Represents a ClassifyLog. */
        class ClassifyLog {

            /**
             * Constructs a new ClassifyLog.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.ClassifyLog.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClassifyLog request. */
            request?: (tensorflow.serving.ClassificationRequest.$Properties|null);

            /** ClassifyLog response. */
            response?: (tensorflow.serving.ClassificationResponse.$Properties|null);

            /**
             * Creates a new ClassifyLog instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClassifyLog instance
             */
            static create(properties: tensorflow.serving.ClassifyLog.$Shape): tensorflow.serving.ClassifyLog & tensorflow.serving.ClassifyLog.$Shape;
            static create(properties?: tensorflow.serving.ClassifyLog.$Properties): tensorflow.serving.ClassifyLog;

            /**
             * Encodes the specified ClassifyLog message. Does not implicitly {@link tensorflow.serving.ClassifyLog.verify|verify} messages.
             * @param message ClassifyLog message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.ClassifyLog.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClassifyLog message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.ClassifyLog & tensorflow.serving.ClassifyLog.$Shape} ClassifyLog
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.ClassifyLog & tensorflow.serving.ClassifyLog.$Shape;

            /**
             * Creates a ClassifyLog message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ClassifyLog
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.ClassifyLog;

            /**
             * Creates a plain object from a ClassifyLog message. Also converts values to other types if specified.
             * @param message ClassifyLog
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.ClassifyLog, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClassifyLog to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ClassifyLog
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClassifyLog {

            /** Properties of a ClassifyLog. */
            interface $Properties {

                /** ClassifyLog request */
                request?: (tensorflow.serving.ClassificationRequest.$Properties|null);

                /** ClassifyLog response */
                response?: (tensorflow.serving.ClassificationResponse.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClassifyLog. */
            type $Shape = {
              request?: tensorflow.serving.ClassificationRequest.$Shape|null;
              response?: tensorflow.serving.ClassificationResponse.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a RegressLog.
         * @deprecated Use tensorflow.serving.RegressLog.$Properties instead.
         */
        interface IRegressLog extends tensorflow.serving.RegressLog.$Properties {
        }

        /** Represents a RegressLog. */
        class RegressLog {

            /**
             * Constructs a new RegressLog.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.RegressLog.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RegressLog request. */
            request?: (tensorflow.serving.RegressionRequest.$Properties|null);

            /** RegressLog response. */
            response?: (tensorflow.serving.RegressionResponse.$Properties|null);

            /**
             * Creates a new RegressLog instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RegressLog instance
             */
            static create(properties: tensorflow.serving.RegressLog.$Shape): tensorflow.serving.RegressLog & tensorflow.serving.RegressLog.$Shape;
            static create(properties?: tensorflow.serving.RegressLog.$Properties): tensorflow.serving.RegressLog;

            /**
             * Encodes the specified RegressLog message. Does not implicitly {@link tensorflow.serving.RegressLog.verify|verify} messages.
             * @param message RegressLog message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.RegressLog.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RegressLog message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.RegressLog & tensorflow.serving.RegressLog.$Shape} RegressLog
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.RegressLog & tensorflow.serving.RegressLog.$Shape;

            /**
             * Creates a RegressLog message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RegressLog
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.RegressLog;

            /**
             * Creates a plain object from a RegressLog message. Also converts values to other types if specified.
             * @param message RegressLog
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.RegressLog, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RegressLog to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RegressLog
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegressLog {

            /** Properties of a RegressLog. */
            interface $Properties {

                /** RegressLog request */
                request?: (tensorflow.serving.RegressionRequest.$Properties|null);

                /** RegressLog response */
                response?: (tensorflow.serving.RegressionResponse.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RegressLog. */
            type $Shape = {
              request?: tensorflow.serving.RegressionRequest.$Shape|null;
              response?: tensorflow.serving.RegressionResponse.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a PredictLog.
         * @deprecated Use tensorflow.serving.PredictLog.$Properties instead.
         */
        interface IPredictLog extends tensorflow.serving.PredictLog.$Properties {
        }

        /** Represents a PredictLog. */
        class PredictLog {

            /**
             * Constructs a new PredictLog.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.PredictLog.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PredictLog request. */
            request?: (tensorflow.serving.PredictRequest.$Properties|null);

            /** PredictLog response. */
            response?: (tensorflow.serving.PredictResponse.$Properties|null);

            /**
             * Creates a new PredictLog instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PredictLog instance
             */
            static create(properties: tensorflow.serving.PredictLog.$Shape): tensorflow.serving.PredictLog & tensorflow.serving.PredictLog.$Shape;
            static create(properties?: tensorflow.serving.PredictLog.$Properties): tensorflow.serving.PredictLog;

            /**
             * Encodes the specified PredictLog message. Does not implicitly {@link tensorflow.serving.PredictLog.verify|verify} messages.
             * @param message PredictLog message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.PredictLog.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PredictLog message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.PredictLog & tensorflow.serving.PredictLog.$Shape} PredictLog
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.PredictLog & tensorflow.serving.PredictLog.$Shape;

            /**
             * Creates a PredictLog message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PredictLog
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.PredictLog;

            /**
             * Creates a plain object from a PredictLog message. Also converts values to other types if specified.
             * @param message PredictLog
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.PredictLog, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PredictLog to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PredictLog
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PredictLog {

            /** Properties of a PredictLog. */
            interface $Properties {

                /** PredictLog request */
                request?: (tensorflow.serving.PredictRequest.$Properties|null);

                /** PredictLog response */
                response?: (tensorflow.serving.PredictResponse.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PredictLog. */
            type $Shape = {
              request?: tensorflow.serving.PredictRequest.$Shape|null;
              response?: tensorflow.serving.PredictResponse.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a PredictionLog.
         * @deprecated Use tensorflow.serving.PredictionLog.$Properties instead.
         */
        interface IPredictionLog extends tensorflow.serving.PredictionLog.$Properties {
        }

        /** Represents a PredictionLog. */
        class PredictionLog {

            /**
             * Constructs a new PredictionLog.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.serving.PredictionLog.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PredictionLog classifyLog. */
            classifyLog?: (tensorflow.serving.ClassifyLog.$Properties|null);

            /** PredictionLog regressLog. */
            regressLog?: (tensorflow.serving.RegressLog.$Properties|null);

            /** PredictionLog predictLog. */
            predictLog?: (tensorflow.serving.PredictLog.$Properties|null);

            /** PredictionLog logType. */
            logType?: ("classifyLog"|"regressLog"|"predictLog");

            /**
             * Creates a new PredictionLog instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PredictionLog instance
             */
            static create(properties: tensorflow.serving.PredictionLog.$Shape): tensorflow.serving.PredictionLog & tensorflow.serving.PredictionLog.$Shape;
            static create(properties?: tensorflow.serving.PredictionLog.$Properties): tensorflow.serving.PredictionLog;

            /**
             * Encodes the specified PredictionLog message. Does not implicitly {@link tensorflow.serving.PredictionLog.verify|verify} messages.
             * @param message PredictionLog message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.serving.PredictionLog.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PredictionLog message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.serving.PredictionLog & tensorflow.serving.PredictionLog.$Shape} PredictionLog
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.serving.PredictionLog & tensorflow.serving.PredictionLog.$Shape;

            /**
             * Creates a PredictionLog message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PredictionLog
             */
            static fromObject(object: { [k: string]: any }): tensorflow.serving.PredictionLog;

            /**
             * Creates a plain object from a PredictionLog message. Also converts values to other types if specified.
             * @param message PredictionLog
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorflow.serving.PredictionLog, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PredictionLog to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PredictionLog
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PredictionLog {

            /** Properties of a PredictionLog. */
            interface $Properties {

                /** PredictionLog classifyLog */
                classifyLog?: (tensorflow.serving.ClassifyLog.$Properties|null);

                /** PredictionLog regressLog */
                regressLog?: (tensorflow.serving.RegressLog.$Properties|null);

                /** PredictionLog predictLog */
                predictLog?: (tensorflow.serving.PredictLog.$Properties|null);

                /** PredictionLog logType */
                logType?: ("classifyLog"|"regressLog"|"predictLog");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a PredictionLog. */
            type $Shape = {
              classifyLog?: tensorflow.serving.ClassifyLog.$Shape|null;
              regressLog?: tensorflow.serving.RegressLog.$Shape|null;
              predictLog?: tensorflow.serving.PredictLog.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ logType?: undefined; classifyLog?: null; regressLog?: null; predictLog?: null }|{ logType?: "classifyLog"; classifyLog: tensorflow.serving.ClassifyLog.$Shape; regressLog?: null; predictLog?: null }|{ logType?: "regressLog"; classifyLog?: null; regressLog: tensorflow.serving.RegressLog.$Shape; predictLog?: null }|{ logType?: "predictLog"; classifyLog?: null; regressLog?: null; predictLog: tensorflow.serving.PredictLog.$Shape })
            );
        }
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /**
         * Properties of a DoubleValue.
         * @deprecated Use google.protobuf.DoubleValue.$Properties instead.
         */
        interface IDoubleValue extends google.protobuf.DoubleValue.$Properties {
        }

        /** Represents a DoubleValue. */
        class DoubleValue {

            /**
             * Constructs a new DoubleValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.DoubleValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DoubleValue value. */
            value: number;

            /**
             * Creates a new DoubleValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DoubleValue instance
             */
            static create(properties: google.protobuf.DoubleValue.$Shape): google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape;
            static create(properties?: google.protobuf.DoubleValue.$Properties): google.protobuf.DoubleValue;

            /**
             * Encodes the specified DoubleValue message. Does not implicitly {@link google.protobuf.DoubleValue.verify|verify} messages.
             * @param message DoubleValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.DoubleValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DoubleValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape} DoubleValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape;

            /**
             * Creates a DoubleValue message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DoubleValue
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.DoubleValue;

            /**
             * Creates a plain object from a DoubleValue message. Also converts values to other types if specified.
             * @param message DoubleValue
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.DoubleValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DoubleValue to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DoubleValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DoubleValue {

            /** Properties of a DoubleValue. */
            interface $Properties {

                /** DoubleValue value */
                value?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DoubleValue. */
            type $Shape = google.protobuf.DoubleValue.$Properties;
        }

        /**
         * Properties of a FloatValue.
         * @deprecated Use google.protobuf.FloatValue.$Properties instead.
         */
        interface IFloatValue extends google.protobuf.FloatValue.$Properties {
        }

        /** Represents a FloatValue. */
        class FloatValue {

            /**
             * Constructs a new FloatValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.FloatValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FloatValue value. */
            value: number;

            /**
             * Creates a new FloatValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FloatValue instance
             */
            static create(properties: google.protobuf.FloatValue.$Shape): google.protobuf.FloatValue & google.protobuf.FloatValue.$Shape;
            static create(properties?: google.protobuf.FloatValue.$Properties): google.protobuf.FloatValue;

            /**
             * Encodes the specified FloatValue message. Does not implicitly {@link google.protobuf.FloatValue.verify|verify} messages.
             * @param message FloatValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.FloatValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FloatValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.FloatValue & google.protobuf.FloatValue.$Shape} FloatValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.FloatValue & google.protobuf.FloatValue.$Shape;

            /**
             * Creates a FloatValue message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FloatValue
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.FloatValue;

            /**
             * Creates a plain object from a FloatValue message. Also converts values to other types if specified.
             * @param message FloatValue
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.FloatValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FloatValue to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FloatValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FloatValue {

            /** Properties of a FloatValue. */
            interface $Properties {

                /** FloatValue value */
                value?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FloatValue. */
            type $Shape = google.protobuf.FloatValue.$Properties;
        }

        /**
         * Properties of an Int64Value.
         * @deprecated Use google.protobuf.Int64Value.$Properties instead.
         */
        interface IInt64Value extends google.protobuf.Int64Value.$Properties {
        }

        /** Represents an Int64Value. */
        class Int64Value {

            /**
             * Constructs a new Int64Value.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Int64Value.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Int64Value value. */
            value: number;

            /**
             * Creates a new Int64Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Int64Value instance
             */
            static create(properties: google.protobuf.Int64Value.$Shape): google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape;
            static create(properties?: google.protobuf.Int64Value.$Properties): google.protobuf.Int64Value;

            /**
             * Encodes the specified Int64Value message. Does not implicitly {@link google.protobuf.Int64Value.verify|verify} messages.
             * @param message Int64Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Int64Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Int64Value message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape} Int64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape;

            /**
             * Creates an Int64Value message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Int64Value
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.Int64Value;

            /**
             * Creates a plain object from an Int64Value message. Also converts values to other types if specified.
             * @param message Int64Value
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.Int64Value, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Int64Value to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Int64Value
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Int64Value {

            /** Properties of an Int64Value. */
            interface $Properties {

                /** Int64Value value */
                value?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Int64Value. */
            type $Shape = google.protobuf.Int64Value.$Properties;
        }

        /**
         * Properties of a UInt64Value.
         * @deprecated Use google.protobuf.UInt64Value.$Properties instead.
         */
        interface IUInt64Value extends google.protobuf.UInt64Value.$Properties {
        }

        /** Represents a UInt64Value. */
        class UInt64Value {

            /**
             * Constructs a new UInt64Value.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.UInt64Value.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UInt64Value value. */
            value: number;

            /**
             * Creates a new UInt64Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UInt64Value instance
             */
            static create(properties: google.protobuf.UInt64Value.$Shape): google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape;
            static create(properties?: google.protobuf.UInt64Value.$Properties): google.protobuf.UInt64Value;

            /**
             * Encodes the specified UInt64Value message. Does not implicitly {@link google.protobuf.UInt64Value.verify|verify} messages.
             * @param message UInt64Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.UInt64Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UInt64Value message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape} UInt64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape;

            /**
             * Creates a UInt64Value message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UInt64Value
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.UInt64Value;

            /**
             * Creates a plain object from a UInt64Value message. Also converts values to other types if specified.
             * @param message UInt64Value
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.UInt64Value, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UInt64Value to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UInt64Value
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UInt64Value {

            /** Properties of a UInt64Value. */
            interface $Properties {

                /** UInt64Value value */
                value?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UInt64Value. */
            type $Shape = google.protobuf.UInt64Value.$Properties;
        }

        /**
         * Properties of an Int32Value.
         * @deprecated Use google.protobuf.Int32Value.$Properties instead.
         */
        interface IInt32Value extends google.protobuf.Int32Value.$Properties {
        }

        /** Represents an Int32Value. */
        class Int32Value {

            /**
             * Constructs a new Int32Value.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Int32Value.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Int32Value value. */
            value: number;

            /**
             * Creates a new Int32Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Int32Value instance
             */
            static create(properties: google.protobuf.Int32Value.$Shape): google.protobuf.Int32Value & google.protobuf.Int32Value.$Shape;
            static create(properties?: google.protobuf.Int32Value.$Properties): google.protobuf.Int32Value;

            /**
             * Encodes the specified Int32Value message. Does not implicitly {@link google.protobuf.Int32Value.verify|verify} messages.
             * @param message Int32Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Int32Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Int32Value message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Int32Value & google.protobuf.Int32Value.$Shape} Int32Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Int32Value & google.protobuf.Int32Value.$Shape;

            /**
             * Creates an Int32Value message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Int32Value
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.Int32Value;

            /**
             * Creates a plain object from an Int32Value message. Also converts values to other types if specified.
             * @param message Int32Value
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.Int32Value, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Int32Value to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Int32Value
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Int32Value {

            /** Properties of an Int32Value. */
            interface $Properties {

                /** Int32Value value */
                value?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Int32Value. */
            type $Shape = google.protobuf.Int32Value.$Properties;
        }

        /**
         * Properties of a UInt32Value.
         * @deprecated Use google.protobuf.UInt32Value.$Properties instead.
         */
        interface IUInt32Value extends google.protobuf.UInt32Value.$Properties {
        }

        /** Represents a UInt32Value. */
        class UInt32Value {

            /**
             * Constructs a new UInt32Value.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.UInt32Value.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UInt32Value value. */
            value: number;

            /**
             * Creates a new UInt32Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UInt32Value instance
             */
            static create(properties: google.protobuf.UInt32Value.$Shape): google.protobuf.UInt32Value & google.protobuf.UInt32Value.$Shape;
            static create(properties?: google.protobuf.UInt32Value.$Properties): google.protobuf.UInt32Value;

            /**
             * Encodes the specified UInt32Value message. Does not implicitly {@link google.protobuf.UInt32Value.verify|verify} messages.
             * @param message UInt32Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.UInt32Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UInt32Value message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.UInt32Value & google.protobuf.UInt32Value.$Shape} UInt32Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.UInt32Value & google.protobuf.UInt32Value.$Shape;

            /**
             * Creates a UInt32Value message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UInt32Value
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.UInt32Value;

            /**
             * Creates a plain object from a UInt32Value message. Also converts values to other types if specified.
             * @param message UInt32Value
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.UInt32Value, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UInt32Value to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UInt32Value
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UInt32Value {

            /** Properties of a UInt32Value. */
            interface $Properties {

                /** UInt32Value value */
                value?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UInt32Value. */
            type $Shape = google.protobuf.UInt32Value.$Properties;
        }

        /**
         * Properties of a BoolValue.
         * @deprecated Use google.protobuf.BoolValue.$Properties instead.
         */
        interface IBoolValue extends google.protobuf.BoolValue.$Properties {
        }

        /** Represents a BoolValue. */
        class BoolValue {

            /**
             * Constructs a new BoolValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.BoolValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BoolValue value. */
            value: boolean;

            /**
             * Creates a new BoolValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BoolValue instance
             */
            static create(properties: google.protobuf.BoolValue.$Shape): google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape;
            static create(properties?: google.protobuf.BoolValue.$Properties): google.protobuf.BoolValue;

            /**
             * Encodes the specified BoolValue message. Does not implicitly {@link google.protobuf.BoolValue.verify|verify} messages.
             * @param message BoolValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.BoolValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BoolValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape} BoolValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape;

            /**
             * Creates a BoolValue message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BoolValue
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.BoolValue;

            /**
             * Creates a plain object from a BoolValue message. Also converts values to other types if specified.
             * @param message BoolValue
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.BoolValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BoolValue to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BoolValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BoolValue {

            /** Properties of a BoolValue. */
            interface $Properties {

                /** BoolValue value */
                value?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BoolValue. */
            type $Shape = google.protobuf.BoolValue.$Properties;
        }

        /**
         * Properties of a StringValue.
         * @deprecated Use google.protobuf.StringValue.$Properties instead.
         */
        interface IStringValue extends google.protobuf.StringValue.$Properties {
        }

        /** Represents a StringValue. */
        class StringValue {

            /**
             * Constructs a new StringValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.StringValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StringValue value. */
            value: string;

            /**
             * Creates a new StringValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StringValue instance
             */
            static create(properties: google.protobuf.StringValue.$Shape): google.protobuf.StringValue & google.protobuf.StringValue.$Shape;
            static create(properties?: google.protobuf.StringValue.$Properties): google.protobuf.StringValue;

            /**
             * Encodes the specified StringValue message. Does not implicitly {@link google.protobuf.StringValue.verify|verify} messages.
             * @param message StringValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.StringValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StringValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.StringValue & google.protobuf.StringValue.$Shape} StringValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.StringValue & google.protobuf.StringValue.$Shape;

            /**
             * Creates a StringValue message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StringValue
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.StringValue;

            /**
             * Creates a plain object from a StringValue message. Also converts values to other types if specified.
             * @param message StringValue
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.StringValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StringValue to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StringValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StringValue {

            /** Properties of a StringValue. */
            interface $Properties {

                /** StringValue value */
                value?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StringValue. */
            type $Shape = google.protobuf.StringValue.$Properties;
        }

        /**
         * Properties of a BytesValue.
         * @deprecated Use google.protobuf.BytesValue.$Properties instead.
         */
        interface IBytesValue extends google.protobuf.BytesValue.$Properties {
        }

        /** Represents a BytesValue. */
        class BytesValue {

            /**
             * Constructs a new BytesValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.BytesValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BytesValue value. */
            value: Uint8Array;

            /**
             * Creates a new BytesValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BytesValue instance
             */
            static create(properties: google.protobuf.BytesValue.$Shape): google.protobuf.BytesValue & google.protobuf.BytesValue.$Shape;
            static create(properties?: google.protobuf.BytesValue.$Properties): google.protobuf.BytesValue;

            /**
             * Encodes the specified BytesValue message. Does not implicitly {@link google.protobuf.BytesValue.verify|verify} messages.
             * @param message BytesValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.BytesValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BytesValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.BytesValue & google.protobuf.BytesValue.$Shape} BytesValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.BytesValue & google.protobuf.BytesValue.$Shape;

            /**
             * Creates a BytesValue message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BytesValue
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.BytesValue;

            /**
             * Creates a plain object from a BytesValue message. Also converts values to other types if specified.
             * @param message BytesValue
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.BytesValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BytesValue to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BytesValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BytesValue {

            /** Properties of a BytesValue. */
            interface $Properties {

                /** BytesValue value */
                value?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BytesValue. */
            type $Shape = google.protobuf.BytesValue.$Properties;
        }

        /**
         * Properties of an Any.
         * @deprecated Use google.protobuf.Any.$Properties instead.
         */
        interface IAny extends google.protobuf.Any.$Properties {
        }

        /** Represents an Any. */
        class Any {

            /**
             * Constructs a new Any.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Any.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Any type_url. */
            type_url: string;

            /** Any value. */
            value: Uint8Array;

            /**
             * Creates a new Any instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Any instance
             */
            static create(properties: google.protobuf.Any.$Shape): google.protobuf.Any & google.protobuf.Any.$Shape;
            static create(properties?: google.protobuf.Any.$Properties): google.protobuf.Any;

            /**
             * Encodes the specified Any message. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @param message Any message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Any.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Any message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Any & google.protobuf.Any.$Shape} Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Any & google.protobuf.Any.$Shape;

            /**
             * Creates an Any message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Any
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.Any;

            /**
             * Creates a plain object from an Any message. Also converts values to other types if specified.
             * @param message Any
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.Any, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Any to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Any
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Any {

            /** Properties of an Any. */
            interface $Properties {

                /** Any type_url */
                type_url?: (string|null);

                /** Any value */
                value?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Any. */
            type $Shape = google.protobuf.Any.$Properties;
        }
    }
}
