/** Types of html-encoding-sniffer 7 (the package ships none; DefinitelyTyped's are for version 3). */
declare module 'html-encoding-sniffer' {
  /** Options of the HTML standard's encoding sniffing algorithm. */
  interface SnifferOptions {
    readonly xml?: boolean;
    readonly transportLayerEncodingLabel?: string;
    /** Returned, as given, when neither a byte-order mark nor a declaration names an encoding. */
    readonly defaultEncoding?: string;
    readonly maxPrescanBytes?: number;
  }
  /** The encoding name the HTML standard's sniffing algorithm gives `bytes`. */
  export default function htmlEncodingSniffer(bytes: Uint8Array, options?: SnifferOptions): string;
}
