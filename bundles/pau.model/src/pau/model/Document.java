package pau.model;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A document of a procedure. Its content is a BLOB of any size that is never loaded into memory:
 * it is streamed in and out through {@link DocumentContent}, not mapped here.
 */
@Entity
@Table(name = "DOCUMENTS")
@NaturalOrder("fileName")
public class Document extends ProcedureRecord {

	@Column(name = "FILE_NAME", nullable = false, length = 500)
	private String fileName;

	@Column(name = "MEDIA_TYPE", length = 200)
	private String mediaType;

	@Column(name = "SIZE_BYTES", nullable = false)
	private long sizeBytes;

	@Column(name = "SHA256", length = 64)
	private String sha256;

	public String getFileName() {
		return fileName;
	}

	public void setFileName(String fileName) {
		this.fileName = fileName;
	}

	public String getMediaType() {
		return mediaType;
	}

	public void setMediaType(String mediaType) {
		this.mediaType = mediaType;
	}

	public long getSizeBytes() {
		return sizeBytes;
	}

	public void setSizeBytes(long sizeBytes) {
		this.sizeBytes = sizeBytes;
	}

	public String getSha256() {
		return sha256;
	}

	public void setSha256(String sha256) {
		this.sha256 = sha256;
	}

	@Override
	public List<String> validate() {
		List<String> problems = super.validate();
		if (blank(fileName)) {
			problems.add(Messages.Validation_fileNameRequired);
		}
		return problems;
	}

	@Override
	public String toString() {
		return fileName;
	}
}
