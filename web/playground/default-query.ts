/** The example the playground opens with (when the browser has no saved tabs yet). */
export const DEFAULT_QUERY = `# Who is exposed if the United States withdraws from all its commitments?
query UsWithdrawal {
  exposure(withdrawing: "USA") {
    withdrawing { id name }
    asOf
    entries { state { id name } score level reasons { text } }
  }
}
`;
