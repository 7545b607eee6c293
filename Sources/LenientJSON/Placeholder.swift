public enum LenientJSONPlaceholder {}
