// Page geometry of the printed 登记表, in PDF points (1 pt = 1/72 in; 1 mm ≈ 2.835 pt).

export const PAGE = { width: 595.28, height: 841.89 } as const;
export const MARGIN = { left: 51, right: 51, top: 42, bottom: 30 } as const;

export const TABLE_LEFT = MARGIN.left;
export const TABLE_RIGHT = PAGE.width - MARGIN.right;
export const TABLE_WIDTH = TABLE_RIGHT - TABLE_LEFT;

/** Left edges of the notice's six columns (label, value, label, value, label, value); the last takes the rest. */
export const COLUMN_X: readonly number[] = [0, 88, 186, 240, 316, 386].map((x) => TABLE_LEFT + x);

/** Left edge of the wide value cells (曾获荣誉, 主要事迹, the opinions): everything after the label column. */
export const VALUE_LEFT = COLUMN_X[1];

/** Horizontal and vertical padding inside a cell. */
export const CELL_PAD_X = 6;
export const CELL_PAD_Y = 5;

/** Type sizes: 五号 (10.5 pt) as in Chinese forms, shrinking in half points to a still legible floor. */
export const LABEL_SIZE = 10.5;
export const BODY_SIZES = [10.5, 10, 9.5, 9, 8.5, 8] as const;
export const TITLE_SIZE = 18;
export const SMALL_SIZE = 8.5;
/** Size of 事迹 and 荣誉 once they run onto a continuation page: no need to squeeze any more. */
export const OVERFLOW_SIZE = 9.5;

/** Line pitch as a multiple of the type size; CJK text needs more air than Latin. */
export const LINE_PITCH = 1.4;

/** Row heights: the short field rows, and the floors of the free-text rows. */
export const FIELD_ROW_HEIGHT = 34;
export const HONORS_MIN_HEIGHT = 44;
export const DEEDS_MIN_HEIGHT = 120;
/** A round official seal is about 42 mm across; the stamp rows leave that much room. */
export const UNIT_OPINION_MIN_HEIGHT = 112;
export const ORGANIZER_OPINION_HEIGHT = 100;
/** Height kept free at the bottom of an opinion cell for 「（盖 章）」 and 「年 月 日」. */
export const STAMP_LINES_HEIGHT = 44;

/** Vertical bands of page 1 (top of the table, top of the footer). */
export const TABLE_TOP = 104;
export const FOOTER_HEIGHT = 78;
export const TABLE_BOTTOM = PAGE.height - MARGIN.bottom - FOOTER_HEIGHT;
/** The QR code sits at the right of page 1's footer. */
export const QR_BOX = { x: TABLE_RIGHT - 66, y: TABLE_BOTTOM + 10, size: 66 } as const;

/** Continuation pages: a smaller header, the same table width, a one-line footer. */
export const CONTINUATION_TABLE_TOP = 100;
export const CONTINUATION_TABLE_BOTTOM = PAGE.height - MARGIN.bottom - 24;
