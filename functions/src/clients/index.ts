// The client access lifecycle and password resets (T5).
export {};
