#ifndef GRAPHDOCGEN_CCMARKGFM_SHIM_H
#define GRAPHDOCGEN_CCMARKGFM_SHIM_H
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

/* The GFM table extension registers its node types at run time, in globals that
   the library exports but no public header declares. Swift 6 cannot read mutable
   C globals safely, so these accessors return their values. */
extern cmark_node_type CMARK_NODE_TABLE;
extern cmark_node_type CMARK_NODE_TABLE_ROW;
extern cmark_node_type CMARK_NODE_TABLE_CELL;

static inline cmark_node_type graphdocgen_cmark_node_table(void) { return CMARK_NODE_TABLE; }
static inline cmark_node_type graphdocgen_cmark_node_table_row(void) { return CMARK_NODE_TABLE_ROW; }
static inline cmark_node_type graphdocgen_cmark_node_table_cell(void) { return CMARK_NODE_TABLE_CELL; }

#endif
