// Curation on the project page. Filled in when the server offers the curation API.

export function curationPanel() {
  return null;
}
